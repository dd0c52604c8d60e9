package org.newsroom.web.audit.admin;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.newsroom.news.audit.AuditLog;
import org.newsroom.news.section.Sections;
import org.newsroom.news.workflow.WorkflowAction;

/**
 * The actions the audit log records, grouped and named for the filter. An action recorded under a
 * name not listed here is still shown, by its code.
 */
public final class AuditActions {

    /** Group → (code → label), in the order the filter offers them. */
    private static final Map<String, Map<String, String>> GROUPS = groups();
    private static final Map<String, String> LABELS = labels();

    private AuditActions() {
    }

    private static Map<String, Map<String, String>> groups() {
        Map<String, Map<String, String>> groups = new LinkedHashMap<>();

        Map<String, String> signIn = new LinkedHashMap<>();
        signIn.put(AuditLog.SIGN_IN, "Signed in");
        signIn.put(AuditLog.SIGN_IN_FAILED, "Failed sign-in");
        signIn.put(AuditLog.SESSION_ENDED, "Session ended (account disabled or password reset)");
        groups.put("Sign-in", Collections.unmodifiableMap(signIn));

        Map<String, String> articles = new LinkedHashMap<>();
        for (WorkflowAction action : WorkflowAction.values()) {
            // Edits are kept as revisions, not in the audit log.
            if (action != WorkflowAction.EDIT) {
                articles.put(action.name(), action.label());
            }
        }
        articles.put(AuditLog.REFUSED, "Refused (not allowed)");
        groups.put("Articles", Collections.unmodifiableMap(articles));

        // The names StaffAccounts records.
        Map<String, String> accounts = new LinkedHashMap<>();
        accounts.put("ACCOUNT_CREATED", "Account created");
        accounts.put("ACCOUNT_DISABLED", "Account disabled");
        accounts.put("ACCOUNT_ENABLED", "Account enabled");
        accounts.put("ROLE_CHANGED", "Role changed");
        accounts.put("PASSWORD_RESET", "Password reset");
        groups.put("Accounts", Collections.unmodifiableMap(accounts));

        Map<String, String> sections = new LinkedHashMap<>();
        sections.put(Sections.CREATED, "Section created");
        sections.put(Sections.RENAMED, "Section renamed");
        sections.put(Sections.REORDERED, "Section moved");
        sections.put(Sections.MENU_SAVED, "Section menu saved");
        groups.put("Sections", Collections.unmodifiableMap(sections));

        return Collections.unmodifiableMap(groups);
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        GROUPS.values().forEach(labels::putAll);
        return Collections.unmodifiableMap(labels);
    }

    /** Group name → (action code → label). */
    public static Map<String, Map<String, String>> groupsOfKnown() {
        return GROUPS;
    }

    public static boolean isKnown(String code) {
        return LABELS.containsKey(code);
    }

    /** "Publish" for PUBLISH; an unknown code as it is. */
    public static String label(String code) {
        return code == null ? "" : LABELS.getOrDefault(code, code);
    }
}
