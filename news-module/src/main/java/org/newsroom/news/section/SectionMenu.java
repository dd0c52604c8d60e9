package org.newsroom.news.section;

import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The readers' section menu: which sections it lists and in what order. Its order is its own, as in
 * WordPress's menus (Appearance › Menus), not the sections' order, which is the homepage's. Plain
 * rules, tested without a container; the {@link Sections} EJB applies them.
 */
public final class SectionMenu {

    /** The gap left between menu positions, so an entry can later go between two others. */
    public static final int POSITION_STEP = 10;

    /**
     * Names compared alphabetically, not by character code (общество before Политика, which code order and
     * the JDK's root collator reverse); the JDK's Russian rules also keep Kazakh letters by their base letter.
     */
    private static final Comparator<String> BY_NAME = Collator.getInstance(Locale.forLanguageTag("ru"))::compare;

    private SectionMenu() {
    }

    /** What an admin chose for one section: in the menu or not, and where (null: after the others). */
    public record Choice(long sectionId, boolean inMenu, Integer position) {
    }

    /** The menu as readers see it: the sections placed in it, by menu position, equal positions by name. */
    public static List<MenuEntry> of(Collection<Section> sections) {
        return sections.stream()
                .filter(Section::isInMenu)
                .sorted(Comparator.comparing(Section::getMenuPosition)
                        .thenComparing(Section::getName, BY_NAME)
                        .thenComparing(Section::getSlug))
                .map(section -> new MenuEntry(section.getName(), section.getSlug(), section.getNameRu()))
                .toList();
    }

    /**
     * Each section's menu position from an admin's choices: null for one left out, the position typed
     * for one put in, and for one put in without a position the next free step after the highest
     * (as WordPress adds a new item at the end), in the order the choices come.
     *
     * @throws SectionRejected for a position outside 0 … {@value SectionFields#MAX_SORT_ORDER}
     */
    public static Map<Long, Integer> arrange(List<Choice> choices) {
        int highest = -1;
        for (Choice choice : choices) {
            if (choice.inMenu() && choice.position() != null) {
                highest = Math.max(highest, SectionFields.sortOrder(choice.position()));
            }
        }
        int next = highest < 0 ? POSITION_STEP : (highest / POSITION_STEP + 1) * POSITION_STEP;
        Map<Long, Integer> positions = new LinkedHashMap<>();
        for (Choice choice : choices) {
            Integer position = null;
            if (choice.inMenu()) {
                if (choice.position() != null) {
                    position = choice.position();
                } else {
                    position = SectionFields.sortOrder(Math.min(next, SectionFields.MAX_SORT_ORDER));
                    next += POSITION_STEP;
                }
            }
            positions.put(choice.sectionId(), position);
        }
        return positions;
    }

    /** The menu's entries as one line for the audit log: "Economy · Қазақстан", or "(empty)". */
    public static String describe(List<MenuEntry> menu) {
        return menu.isEmpty() ? "(empty)"
                : String.join(" · ", menu.stream().map(MenuEntry::name).filter(Objects::nonNull).toList());
    }
}
