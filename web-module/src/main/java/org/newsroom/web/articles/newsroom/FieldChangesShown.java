package org.newsroom.web.articles.newsroom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.MissingResourceException;
import org.newsroom.news.revision.FieldChange;
import org.newsroom.web.faces.StaffTexts;

/**
 * A compared revision field as staff read it ({@code #{fieldChanges…}} on the revisions page and in the
 * editor's "their version" box): the news module names the field in English ("Image caption") and may
 * add one English note; both are shown in the interface language.
 */
@Named("fieldChanges")
@ApplicationScoped
public class FieldChangesShown {

    /** RevisionDiff's note when only the markup changed. */
    private static final String SAME_WORDS = "Only formatting or links changed; the words are the same.";

    /** The field's name: the bundle's {@code revisions.field.Image_caption}; an unknown field as named. */
    public String label(FieldChange change) {
        try {
            return StaffTexts.text("revisions.field." + change.fieldLabel().replace(' ', '_'));
        } catch (MissingResourceException unknown) {
            return change.fieldLabel();
        }
    }

    /** The change as marked-up words (escaped by the news module). */
    public String html(FieldChange change) {
        return change.html().replace(SAME_WORDS, StaffTexts.text("revisions.sameWords"));
    }
}
