package org.newsroom.web.audit.admin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsroom.news.audit.AuditLog;
import org.newsroom.news.editlock.EditLocks;
import org.newsroom.news.importing.WordPressImports;
import org.newsroom.news.media.MediaLibrary;
import org.newsroom.news.section.Sections;
import org.newsroom.news.workflow.Translations;
import org.newsroom.news.workflow.WorkflowAction;
import org.newsroom.web.backup.Backups;
import org.newsroom.web.editions.EditionTexts;
import org.newsroom.web.rates.facade.RateDeskFacade;

/**
 * The actions the audit log records, grouped and named for the filter, in the staff member's language
 * (bundle keys {@code audit.action.<code>}, groups {@code admin.audit.group.*}; the pages pass
 * {@code StaffTexts.current()}). An action recorded
 * under a code not listed here is still shown, by its code.
 */
public final class AuditActions {

    /** Group key → action codes, in the order the filter offers them. */
    private static final Map<String, List<String>> GROUPS = groups();
    /** Recorded elsewhere and named in the log, though the filter does not offer them (yet). */
    private static final List<String> NAMED_ONLY = List.of(MediaLibrary.UPLOADED, MediaLibrary.DESCRIBED, EditLocks.TAKEN,
            Translations.LINKED, Translations.UNLINKED, Translations.DRAFTED, WordPressImports.AUDIT_ACTION, Backups.TAKEN,
            RateDeskFacade.OVERRIDE, RateDeskFacade.CONFIRMED, RateDeskFacade.REJECTED);
    private static final Set<String> KNOWN = known();
    private static final Set<String> NAMED = named();

    private AuditActions() {
    }

    private static Map<String, List<String>> groups() {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        groups.put("admin.audit.group.signIn", List.of(AuditLog.SIGN_IN, AuditLog.SIGN_IN_FAILED, AuditLog.SESSION_ENDED));

        List<String> articles = new ArrayList<>();
        for (WorkflowAction action : WorkflowAction.values()) {
            // Edits are kept as revisions, not in the audit log.
            if (action != WorkflowAction.EDIT) {
                articles.add(action.name());
            }
        }
        articles.add(AuditLog.REFUSED);
        groups.put("admin.audit.group.articles", List.copyOf(articles));

        // The names StaffAccounts records.
        groups.put("admin.audit.group.accounts",
                List.of("ACCOUNT_CREATED", "ACCOUNT_DISABLED", "ACCOUNT_ENABLED", "ROLE_CHANGED", "PASSWORD_RESET"));
        groups.put("admin.audit.group.sections",
                List.of(Sections.CREATED, Sections.RENAMED, Sections.REORDERED, Sections.MENU_SAVED));
        return Collections.unmodifiableMap(groups);
    }

    private static Set<String> known() {
        Set<String> known = new LinkedHashSet<>();
        GROUPS.values().forEach(known::addAll);
        return Collections.unmodifiableSet(known);
    }

    private static Set<String> named() {
        Set<String> named = new LinkedHashSet<>(KNOWN);
        named.addAll(NAMED_ONLY);
        return Collections.unmodifiableSet(named);
    }

    /** Group name → (action code → label), in the language of {@code texts} (pages: {@code StaffTexts.current()}). */
    public static Map<String, Map<String, String>> groupsOfKnown(EditionTexts texts) {
        Map<String, Map<String, String>> named = new LinkedHashMap<>();
        GROUPS.forEach((group, codes) -> {
            Map<String, String> actions = new LinkedHashMap<>();
            codes.forEach(code -> actions.put(code, label(code, texts)));
            named.put(texts.text(group), Collections.unmodifiableMap(actions));
        });
        return Collections.unmodifiableMap(named);
    }

    public static boolean isKnown(String code) {
        return KNOWN.contains(code);
    }

    /** "Publish" / "Публикация" for PUBLISH, "Backup taken" for BACKUP_TAKEN; an unknown code as it is. */
    public static String label(String code, EditionTexts texts) {
        if (code == null) {
            return "";
        }
        return NAMED.contains(code) ? texts.text("audit.action." + code) : code;
    }
}
