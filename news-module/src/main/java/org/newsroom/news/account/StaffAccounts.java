package org.newsroom.news.account;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Pattern;
import org.newsroom.news.audit.AuditLog;
import org.newsroom.news.refusal.Wording;

/**
 * Admins manage staff accounts: create, disable and re-enable, change roles, reset passwords.
 * Every change is audited. Accounts are never deleted, so bylines keep their names.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class StaffAccounts {

    public static final int MIN_PASSWORD_LENGTH = 10;
    /** Hashing is deliberately slow per character: a megabyte "password" must not cost a CPU-second. */
    public static final int MAX_PASSWORD_LENGTH = 200;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,59}");

    @PersistenceContext(unitName = "newsroom")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    @Inject
    private AuditLog audit;

    public List<Account> all() {
        return em.createQuery("select a from Account a order by a.username", Account.class).getResultList();
    }

    public Account create(String username, String displayName, Role role, String password) {
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new AccountRejected(Wording.refusal("account.username.form"));
        }
        if (displayName == null || displayName.isBlank()) {
            throw new AccountRejected(Wording.refusal("account.displayName.missing"));
        }
        if (displayName.strip().length() > Account.MAX_DISPLAY_NAME_LENGTH) {
            throw new AccountRejected(Wording.refusal("account.displayName.tooLong", Account.MAX_DISPLAY_NAME_LENGTH));
        }
        if (role == null) {
            throw new AccountRejected(Wording.refusal("account.role.missing"));
        }
        checkPassword(password);
        if (!em.createQuery("select a from Account a where a.username = :name", Account.class)
                .setParameter("name", name).getResultList().isEmpty()) {
            throw new AccountRejected(Wording.refusal("account.username.taken", name));
        }
        Account account = new Account(name, displayName.strip(), passwordHash.generate(password.toCharArray()), role,
                LocalDateTime.now(Clock.systemUTC()));
        em.persist(account);
        audit.record(actor(), "ACCOUNT_CREATED", name, "role " + role);
        return account;
    }

    public Account setEnabled(String username, boolean enabled) {
        Account account = account(username);
        if (!enabled && account.getUsername().equals(actor())) {
            throw new AccountRejected(Wording.refusal("account.disable.own"));
        }
        if (!enabled && account.getRole() == Role.ADMIN) {
            keepAnAdmin(account);
        }
        account.setEnabled(enabled);
        audit.record(actor(), enabled ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED", username, null);
        return account;
    }

    public Account changeRole(String username, Role role) {
        Account account = account(username);
        Role before = account.getRole();
        if (before == Role.ADMIN && role != Role.ADMIN) {
            keepAnAdmin(account);
        }
        account.changeRole(role);
        audit.record(actor(), "ROLE_CHANGED", username, before + " → " + role);
        return account;
    }

    public void resetPassword(String username, String newPassword) {
        checkPassword(newPassword);
        account(username).changePasswordHash(passwordHash.generate(newPassword.toCharArray()));
        audit.record(actor(), "PASSWORD_RESET", username, null);
    }

    /**
     * A member of staff chooses the language of their own newsroom pages ("en", "ru"); any role, only
     * for themselves. Not audited: it changes what they read, nothing anyone else sees.
     */
    @RolesAllowed({Role.REPORTER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
    public Account chooseOwnInterfaceLanguage(String language) {
        Account account = account(actor());
        account.chooseInterfaceLanguage(language);
        return account;
    }

    /** The newsroom must never be left without an enabled admin to manage it. */
    private void keepAnAdmin(Account leaving) {
        long others = em.createQuery("select count(a) from Account a where a.role = :admin and a.enabled = true"
                        + " and a <> :leaving", Long.class)
                .setParameter("admin", Role.ADMIN).setParameter("leaving", leaving).getSingleResult();
        if (others == 0) {
            throw new AccountRejected(Wording.refusal("account.admin.last"));
        }
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new AccountRejected(Wording.refusal("account.password.tooShort", MIN_PASSWORD_LENGTH));
        }
        if (password.length() > MAX_PASSWORD_LENGTH) {
            throw new AccountRejected(Wording.refusal("account.password.tooLong", MAX_PASSWORD_LENGTH));
        }
    }

    private Account account(String username) {
        return em.createQuery("select a from Account a where a.username = :name", Account.class)
                .setParameter("name", username).getResultStream().findFirst()
                .orElseThrow(() -> new AccountRejected(Wording.refusal("account.missing", username)));
    }

    private String actor() {
        return session.getCallerPrincipal().getName();
    }
}
