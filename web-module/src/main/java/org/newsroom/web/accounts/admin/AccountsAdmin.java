package org.newsroom.web.accounts.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.newsroom.news.account.AccountRejected;
import org.newsroom.news.account.Role;
import org.newsroom.news.account.StaffAccounts;
import org.newsroom.web.faces.AdminMessages;
import org.newsroom.web.faces.StaffTexts;
import org.newsroom.web.faces.RefusalsShown;

/**
 * /newsroom/admin/accounts: every staff account; create one, disable and re-enable, change the role,
 * reset the password. Accounts are never deleted, so bylines keep their names.
 */
@Named
@ViewScoped
public class AccountsAdmin implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StaffAccounts accounts;

    private List<AccountRow> rows;
    private NewAccount created = new NewAccount();
    private PasswordReset reset = new PasswordReset(null);

    @PostConstruct
    void load() {
        refresh(null);
    }

    /** Reads the list again; rows other than the one just changed keep what was chosen in them. */
    private void refresh(String changed) {
        Map<String, AccountRow> before = rows == null ? Map.of()
                : rows.stream().collect(Collectors.toMap(AccountRow::getUsername, Function.identity()));
        rows = accounts.all().stream()
                .map(account -> {
                    AccountRow row = AccountRow.of(account);
                    return account.getUsername().equals(changed) ? row : row.keepTyped(before.get(account.getUsername()));
                })
                .toList();
    }

    public void create() {
        if (!created.password.equals(created.confirm)) {
            AdminMessages.keepTyped("create:confirm", StaffTexts.text("admin.accounts.passwordsDiffer"));
            return;
        }
        try {
            var account = accounts.create(created.username, created.displayName, created.role, created.password);
            AdminMessages.done(StaffTexts.text("admin.accounts.created", account.getUsername(), label(account.getRole())));
            created = new NewAccount();
            refresh(null);
        } catch (AccountRejected refused) {
            AdminMessages.keepTyped("create", RefusalsShown.said(refused));
        }
    }

    public void disable(AccountRow row) {
        change(row, () -> accounts.setEnabled(row.getUsername(), false),
                StaffTexts.text("admin.accounts.disabledDone", row.getUsername()));
    }

    public void enable(AccountRow row) {
        change(row, () -> accounts.setEnabled(row.getUsername(), true),
                StaffTexts.text("admin.accounts.enabledDone", row.getUsername()));
    }

    public void changeRole(AccountRow row) {
        Role chosen = row.getNewRole();
        if (chosen == row.getRole()) {
            AdminMessages.refused(StaffTexts.text("admin.accounts.alreadyRole", row.getUsername(), label(chosen)));
            return;
        }
        change(row, () -> accounts.changeRole(row.getUsername(), chosen),
                StaffTexts.text("admin.accounts.roleChanged", row.getUsername(), label(chosen), label(row.getRole())));
    }

    private void change(AccountRow row, Runnable change, String done) {
        try {
            change.run();
            AdminMessages.done(done);
        } catch (AccountRejected refused) {
            AdminMessages.refused(RefusalsShown.said(refused));
        }
        refresh(row.getUsername());
    }

    /** Opens the reset dialog for one account, empty. */
    public void startReset(AccountRow row) {
        reset = new PasswordReset(row.getUsername());
    }

    public void resetPassword() {
        if (!reset.password.equals(reset.confirm)) {
            AdminMessages.keepTyped("reset:resetConfirm", StaffTexts.text("admin.accounts.passwordsDiffer"));
            return;
        }
        try {
            accounts.resetPassword(reset.username, reset.password);
            AdminMessages.done(StaffTexts.text("admin.accounts.resetDone", reset.username));
            reset = new PasswordReset(null);
        } catch (AccountRejected refused) {
            AdminMessages.keepTyped("reset", RefusalsShown.said(refused));
        }
    }

    /** "Reporter", "Editor", "Admin" / "Корреспондент", "Редактор", "Администратор". */
    public String label(Role role) {
        return role == null ? "" : StaffTexts.text("admin.accounts.role." + role.name());
    }

    public List<Role> getRoles() {
        return List.of(Role.values());
    }

    public int getMinPasswordLength() {
        return StaffAccounts.MIN_PASSWORD_LENGTH;
    }

    public List<AccountRow> getRows() {
        return rows;
    }

    public NewAccount getCreated() {
        return created;
    }

    public PasswordReset getReset() {
        return reset;
    }

    /** The create form's fields, kept as typed until the account exists. */
    public static class NewAccount implements Serializable {
        private static final long serialVersionUID = 1L;
        private String username;
        private String displayName;
        private Role role;
        private String password = "";
        private String confirm = "";

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public String getDisplayName() {
            return displayName;
        }

        public void setDisplayName(String displayName) {
            this.displayName = displayName;
        }

        public Role getRole() {
            return role;
        }

        public void setRole(Role role) {
            this.role = role;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password == null ? "" : password;
        }

        public String getConfirm() {
            return confirm;
        }

        public void setConfirm(String confirm) {
            this.confirm = confirm == null ? "" : confirm;
        }
    }

    /** The reset dialog: whose password, and the new one twice. */
    public static class PasswordReset implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String username;
        private String password = "";
        private String confirm = "";

        PasswordReset(String username) {
            this.username = username;
        }

        public String getUsername() {
            return username;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password == null ? "" : password;
        }

        public String getConfirm() {
            return confirm;
        }

        public void setConfirm(String confirm) {
            this.confirm = confirm == null ? "" : confirm;
        }
    }
}
