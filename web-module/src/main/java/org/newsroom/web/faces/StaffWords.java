package org.newsroom.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * {@link StaffTexts} for the staff pages' EL, where a text needs its arguments filled in (a label naming
 * the row, a count with its plural): {@code #{staffWords.format('admin.sections.nameOf', section.name)}}.
 * Plain texts stay {@code #{msg['…']}}. Overloads rather than varargs, as EL calls them most reliably.
 */
@Named("staffWords")
@RequestScoped
public class StaffWords {

    public String format(String key, Object argument) {
        return StaffTexts.text(key, argument);
    }

    public String format(String key, Object first, Object second) {
        return StaffTexts.text(key, first, second);
    }

    /** A day in the staff member's language: "1 March 2026" / "1 марта 2026". */
    public String day(java.time.LocalDate day) {
        return StaffTexts.current().day(day);
    }
}
