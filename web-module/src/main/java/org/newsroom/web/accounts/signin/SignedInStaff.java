package org.newsroom.web.accounts.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.Optional;
import org.newsroom.news.account.Account;
import org.newsroom.news.account.Accounts;
import org.newsroom.news.account.Role;
import org.newsroom.news.article.ArticleStatus;
import org.newsroom.news.workflow.Workflow;
import org.newsroom.news.workflow.WorkflowAction;

/**
 * Who is signed in, for pages to show only what the role and state allow. Showing is a courtesy:
 * the EJBs check every action again.
 */
@Named("staff")
@RequestScoped
public class SignedInStaff {

    @Inject
    private SecurityContext security;

    @Inject
    private Accounts accounts;

    private Optional<Account> account;

    public String getUsername() {
        return security.getCallerPrincipal() == null ? null : security.getCallerPrincipal().getName();
    }

    /** The signed-in account as stored now, read once per request (so a change shows on the next page). */
    private Optional<Account> account() {
        if (account == null) {
            account = getUsername() == null ? Optional.empty() : accounts.findEnabled(getUsername());
        }
        return account;
    }

    /** The name colleagues know, for the staff bar. */
    public String getDisplayName() {
        return account().map(Account::getDisplayName).orElse(getUsername());
    }

    /** The language the account chose for the newsroom's pages ("en", "ru"); empty when nobody is signed in. */
    public Optional<String> interfaceLanguage() {
        return account().flatMap(Account::getInterfaceLanguage);
    }

    /** "EDITOR": the bundle names it for the staff bar ({@code staff.role.EDITOR}). */
    public String getRoleName() {
        return getRole().name();
    }

    public Role getRole() {
        if (security.isCallerInRole(Role.ADMIN_NAME)) {
            return Role.ADMIN;
        }
        if (security.isCallerInRole(Role.EDITOR_NAME)) {
            return Role.EDITOR;
        }
        return Role.REPORTER;
    }

    public boolean isEditor() {
        return getRole() != Role.REPORTER;
    }

    public boolean isAdmin() {
        return getRole() == Role.ADMIN;
    }

    /** Whether the workflow lets this member of staff do {@code action} (by name) to such an article. */
    public boolean may(String action, ArticleStatus status, String authorUsername) {
        if (status == null) {
            return false;
        }
        return Workflow.decide(getRole(), authorUsername != null && authorUsername.equals(getUsername()), status,
                WorkflowAction.valueOf(action)).allowed();
    }
}
