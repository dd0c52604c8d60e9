package org.newsroom.news.revision;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What changed between two revisions, word by word, as safe HTML for the revisions screen.
 * Every piece of revision text is escaped; the only markup is our own del, ins, br and span.
 */
public final class RevisionDiff {

    /** Paragraph breaks, runs of spaces, words (with inner apostrophes), or any single other character. */
    private static final Pattern TOKENS = Pattern.compile(
            "\\n|[^\\S\\n]+|[\\p{L}\\p{M}\\p{N}]+(?:['’][\\p{L}\\p{M}\\p{N}]+)*|.", Pattern.DOTALL);
    private static final Pattern SPACE_WITHIN_PARAGRAPH = Pattern.compile("[^\\S\\n]+");
    static final String SAME_WORDS_NOTE =
            "<span class=\"diff-note\">Only formatting or links changed; the words are the same.</span>";

    private RevisionDiff() {
    }

    /**
     * The fields that differ, in the order of the edit form; unchanged fields are left out.
     * A null {@code older} means there was nothing before: everything in {@code newer} is added.
     */
    public static List<FieldChange> between(RevisionSnapshot older, RevisionSnapshot newer) {
        RevisionSnapshot before = older == null ? RevisionSnapshot.EMPTY : older;
        Objects.requireNonNull(newer, "newer");
        List<FieldChange> changes = new ArrayList<>();
        text(changes, "Title", before, newer, RevisionSnapshot::title);
        text(changes, "Slug", before, newer, RevisionSnapshot::slug);
        text(changes, "Excerpt", before, newer, RevisionSnapshot::excerpt);
        body(changes, before, newer);
        list(changes, "Sections", before.sections(), newer.sections());
        list(changes, "Tags", before.tags(), newer.tags());
        text(changes, "Image", before, newer, RevisionSnapshot::image);
        text(changes, "Image caption", before, newer, RevisionSnapshot::imageCaption);
        text(changes, "Image credit", before, newer, RevisionSnapshot::imageCredit);
        text(changes, "Image alt text", before, newer, RevisionSnapshot::imageAlt);
        text(changes, "Language", before, newer, RevisionSnapshot::language);
        return List.copyOf(changes);
    }

    /** A word-level difference of two plain texts as safe HTML; newlines become &lt;br&gt;. */
    public static String words(String older, String newer) {
        List<String> oldTokens = tokens(older);
        List<String> newTokens = tokens(newer);
        List<Run> runs = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(oldTokens, newTokens, true).getDeltas()) {
            String removed = String.join("", delta.getSource().getLines());
            String added = String.join("", delta.getTarget().getLines());
            if (delta.getType() == DeltaType.EQUAL) {
                runs.add(new Run(removed, "", ""));
            } else {
                runs.add(new Run("", removed, added));
            }
        }
        return render(joinAcrossSpaces(runs));
    }

    private static void text(List<FieldChange> changes, String label, RevisionSnapshot older, RevisionSnapshot newer,
                             Function<RevisionSnapshot, String> field) {
        String before = field.apply(older);
        String after = field.apply(newer);
        if (!before.equals(after)) {
            changes.add(new FieldChange(label, words(before, after)));
        }
    }

    /** Bodies that render alike are the same body, however the browser's editor spelled the markup. */
    private static void body(List<FieldChange> changes, RevisionSnapshot older, RevisionSnapshot newer) {
        if (older.bodyHtml().equals(newer.bodyHtml())
                || RenderedBody.of(older.bodyHtml()).equals(RenderedBody.of(newer.bodyHtml()))) {
            return;
        }
        String before = BodyText.of(older.bodyHtml());
        String after = BodyText.of(newer.bodyHtml());
        // A changed link or emphasis is still a change; say so rather than hide it.
        changes.add(new FieldChange("Body", before.equals(after) ? SAME_WORDS_NOTE : words(before, after)));
    }

    /**
     * Sections and tags are sets: their order changes nothing readers see, so only items that came or
     * went count. Shown in the older order, removed ones struck out, then the added ones; a renamed
     * tag shows as one removed and one added.
     */
    private static void list(List<FieldChange> changes, String label, List<String> older, List<String> newer) {
        Set<String> before = items(older);
        Set<String> after = items(newer);
        if (before.equals(after)) {
            return;
        }
        List<String> shown = new ArrayList<>();
        for (String item : before) {
            shown.add(after.contains(item) ? escape(item) : "<del>" + escape(item) + "</del>");
        }
        for (String item : after) {
            if (!before.contains(item)) {
                shown.add("<ins>" + escape(item) + "</ins>");
            }
        }
        changes.add(new FieldChange(label, String.join(", ", shown)));
    }

    /** As saved: surrounding spaces dropped, empty items and repeats ignored. */
    private static Set<String> items(List<String> list) {
        Set<String> items = new LinkedHashSet<>();
        for (String item : list) {
            String stripped = item == null ? "" : item.strip();
            if (!stripped.isEmpty()) {
                items.add(stripped);
            }
        }
        return items;
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKENS.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    /**
     * Text kept as is, or text removed and added at one place. Exactly one side is used:
     * {@code kept}, or {@code removed}/{@code added}.
     */
    private record Run(String kept, String removed, String added) {
        boolean isChange() {
            return kept.isEmpty();
        }
    }

    /**
     * Merges changes separated only by a space, so "a b c" replaced by "x y z" reads as one
     * crossed-out phrase followed by the new one, not as three alternating word swaps.
     */
    private static List<Run> joinAcrossSpaces(List<Run> runs) {
        List<Run> joined = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            Run previous = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            boolean spaceBetweenChanges = !run.isChange() && previous != null && previous.isChange()
                    && i + 1 < runs.size() && runs.get(i + 1).isChange()
                    && SPACE_WITHIN_PARAGRAPH.matcher(run.kept()).matches();
            if (spaceBetweenChanges) {
                Run next = runs.get(++i);
                joined.set(joined.size() - 1, new Run("",
                        previous.removed() + run.kept() + next.removed(),
                        previous.added() + run.kept() + next.added()));
            } else {
                joined.add(run);
            }
        }
        return joined;
    }

    private static String render(List<Run> runs) {
        StringBuilder html = new StringBuilder();
        for (Run run : runs) {
            if (!run.isChange()) {
                html.append(escape(run.kept()));
                continue;
            }
            if (!run.removed().isEmpty()) {
                html.append("<del>").append(escape(run.removed())).append("</del>");
            }
            if (!run.added().isEmpty()) {
                html.append("<ins>").append(escape(run.added())).append("</ins>");
            }
        }
        return html.toString();
    }

    /** Escapes for element content and attributes alike; paragraph breaks become line breaks. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\n' -> out.append("<br>\n");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
