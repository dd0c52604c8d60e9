package org.newsroom.web.accounts.admin;

import java.io.Serializable;
import org.newsroom.news.account.Account;
import org.newsroom.news.account.Role;
import org.newsroom.web.faces.StaffTexts;
import org.newsroom.web.http.OutletTime;

/** One account as the accounts page lists it, with the role the admin has chosen but not saved yet. */
public class AccountRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String username;
    private final String displayName;
    private final Role role;
    private final boolean enabled;
    private final String created;
    private Role newRole;

    AccountRow(String username, String displayName, Role role, boolean enabled, String created) {
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.enabled = enabled;
        this.created = created;
        this.newRole = role;
    }

    static AccountRow of(Account account) {
        return new AccountRow(account.getUsername(), account.getDisplayName(), account.getRole(), account.isEnabled(),
                StaffTexts.current().dateAndTime(account.getCreatedAt(), OutletTime.zone()));
    }

    /** After the list is read again, a role chosen in this row and not yet saved is still chosen. */
    AccountRow keepTyped(AccountRow before) {
        if (before != null && before.newRole != before.role) {
            newRole = before.newRole;
        }
        return this;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getCreated() {
        return created;
    }

    public Role getNewRole() {
        return newRole;
    }

    public void setNewRole(Role newRole) {
        this.newRole = newRole;
    }
}
