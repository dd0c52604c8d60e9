package org.newsroom.web.audit.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsroom.news.edition.Edition;
import org.newsroom.web.editions.EditionTexts;

class AuditActionsTest {

    private static final EditionTexts ENGLISH = EditionTexts.of(Edition.EN);

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
                List.copyOf(AuditActions.groupsOfKnown(ENGLISH).keySet()));
        assertEquals("Failed sign-in", AuditActions.groupsOfKnown(ENGLISH).get("Sign-in").get("SIGN_IN_FAILED"));
    }

    @Test
    void labelsNameKnownActionsAndKeepUnknownCodes() {
        assertEquals("Publish", AuditActions.label("PUBLISH", ENGLISH));
        assertEquals("Send back", AuditActions.label("SEND_BACK", ENGLISH));
        assertEquals("Role changed", AuditActions.label("ROLE_CHANGED", ENGLISH));
        assertEquals("Held rate confirmed", AuditActions.label("RATE_CONFIRMED", ENGLISH), "named, though not a filter");
        assertEquals("SOMETHING_NEW", AuditActions.label("SOMETHING_NEW", ENGLISH));
        assertEquals("", AuditActions.label(null, ENGLISH));
    }

    /** Admins reading the log in Russian see every action it records named in Russian, none by its code. */
    @Test
    void everyKnownActionHasARussianName() {
        EditionTexts russian = EditionTexts.of(Edition.RU);
        AuditActions.groupsOfKnown(russian).forEach((group, actions) -> {
            assertTrue(cyrillic(group), group);
            actions.forEach((code, name) -> assertTrue(cyrillic(name), code + " = " + name));
        });
        assertEquals("Публикация", AuditActions.label("PUBLISH", russian));
        for (String code : List.of("MEDIA_UPLOADED", "MEDIA_DESCRIBED", "EDIT_LOCK_TAKEN", "TRANSLATION_LINKED",
                "TRANSLATION_UNLINKED", "TRANSLATION_DRAFTED", "WORDPRESS_IMPORT", "BACKUP_TAKEN", "RATE_ENTERED",
                "RATE_CONFIRMED", "RATE_REJECTED")) {
            assertTrue(cyrillic(AuditActions.label(code, russian)), code);
        }
        assertEquals(List.of("Вход", "Записи", "Учётные записи", "Рубрики"),
                List.copyOf(AuditActions.groupsOfKnown(russian).keySet()));
    }

    private static boolean cyrillic(String text) {
        return text.chars().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
    }
}
