package org.newsroom.web.audit.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuditActionsTest {

    @Test
    void theIssuesActionsCanBeFilteredOn() {
        for (String code : List.of("SIGN_IN", "SIGN_IN_FAILED", "PUBLISH", "UNPUBLISH", "SCHEDULE", "ROLE_CHANGED",
                "ACCOUNT_CREATED", "ACCOUNT_DISABLED", "ACCOUNT_ENABLED", "PASSWORD_RESET", "REFUSED",
                "SECTION_CREATED", "SECTION_RENAMED", "SECTION_REORDERED", "SECTION_MENU_SAVED")) {
            assertTrue(AuditActions.isKnown(code), code);
        }
        assertFalse(AuditActions.isKnown("EDIT"), "edits are revisions, not audit entries");
    }

    @Test
    void actionsAreGroupedForTheFilter() {
        assertEquals(List.of("Sign-in", "Articles", "Accounts", "Sections"),
                List.copyOf(AuditActions.groupsOfKnown().keySet()));
        assertEquals("Failed sign-in", AuditActions.groupsOfKnown().get("Sign-in").get("SIGN_IN_FAILED"));
    }

    @Test
    void labelsNameKnownActionsAndKeepUnknownCodes() {
        assertEquals("Publish", AuditActions.label("PUBLISH"));
        assertEquals("Send back", AuditActions.label("SEND_BACK"));
        assertEquals("Role changed", AuditActions.label("ROLE_CHANGED"));
        assertEquals("RATE_CONFIRMED", AuditActions.label("RATE_CONFIRMED"));
        assertEquals("", AuditActions.label(null));
    }
}
