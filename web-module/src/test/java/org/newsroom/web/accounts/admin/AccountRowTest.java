package org.newsroom.web.accounts.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.newsroom.news.account.Role;

/** What was typed in one row survives the list being read again after a change in another. */
class AccountRowTest {

    @Test
    void aChosenButUnsavedRoleIsKept() {
        AccountRow before = new AccountRow("anna", "Anna", Role.REPORTER, true, "");
        before.setNewRole(Role.EDITOR);
        AccountRow reread = new AccountRow("anna", "Anna", Role.REPORTER, true, "").keepTyped(before);
        assertEquals(Role.EDITOR, reread.getNewRole());
    }

    @Test
    void anUntouchedRowShowsTheRoleAsStoredNow() {
        AccountRow before = new AccountRow("anna", "Anna", Role.REPORTER, true, "");
        AccountRow reread = new AccountRow("anna", "Anna", Role.ADMIN, true, "").keepTyped(before);
        assertEquals(Role.ADMIN, reread.getNewRole(), "changed by another admin meanwhile");
        assertEquals(Role.ADMIN, new AccountRow("bob", "Bob", Role.ADMIN, true, "").keepTyped(null).getNewRole());
    }
}
