package org.newsroom.web.faces;

import jakarta.faces.context.FacesContext;
import java.time.LocalDateTime;
import java.util.Locale;
import org.newsroom.news.edition.Edition;
import org.newsroom.web.editions.EditionTexts;
import org.newsroom.web.http.OutletTime;

/**
 * What beans say to staff (messages, labels they compute), in the staff member's interface language:
 * the language the staff template set as the view's locale ({@code StaffLanguage}). The words come from
 * the same bundles the pages read as {@code #{msg[…]}} ({@code org.newsroom.web.messages_en}/{@code _ru}),
 * so a page and its bean never disagree; patterns are ICU MessageFormat (Russian plurals by CLDR).
 * Staff languages are the editions' languages, so this is the edition's {@link EditionTexts}.
 */
public final class StaffTexts {

    private StaffTexts() {
    }

    /** The texts of the current view's language (English outside a Faces request). */
    public static EditionTexts current() {
        return EditionTexts.of(Edition.ofLanguage(currentLocale().getLanguage()));
    }

    /** The bundle's text for {@code key}; with arguments, its ICU pattern filled in ({0}, {1}…). */
    public static String text(String key, Object... arguments) {
        EditionTexts texts = current();
        return arguments.length == 0 ? texts.text(key) : texts.format(key, arguments);
    }

    /**
     * A stored UTC time as staff read it, in the newsroom's zone and the interface language:
     * "1 December 2026, 14:05 (Asia/Almaty)" / "1 декабря 2026, 14:05 (Asia/Almaty)".
     */
    public static String moment(LocalDateTime utc) {
        return utc == null ? "" : current().dateAndTime(utc, OutletTime.zone()) + " (" + OutletTime.zone().getId() + ")";
    }

    /** "14:05": when something happened a moment ago, in the newsroom's time. */
    public static String clock(LocalDateTime utc) {
        return utc == null ? "" : current().time(utc, OutletTime.zone());
    }

    /** What staff call an article's status ("Draft" / «Черновик»): the bundle's {@code status.<NAME>}. */
    public static String status(Enum<?> status) {
        return text("status." + status.name());
    }

    public static Locale currentLocale() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context == null || context.getViewRoot() == null || context.getViewRoot().getLocale() == null) {
            return Locale.ENGLISH;
        }
        return context.getViewRoot().getLocale();
    }
}
