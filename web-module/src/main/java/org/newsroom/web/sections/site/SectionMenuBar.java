package org.newsroom.web.sections.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.newsroom.news.section.MenuEntry;
import org.newsroom.news.section.Sections;
import org.newsroom.web.cluster.SurrogateKeys;
import org.newsroom.web.pagecache.PerGeneration;

/**
 * Feeds the section menu that the readers' layout shows on every page. Read once per content
 * generation (an admin saving the menu moves it on), not once per page.
 */
@Named("sectionMenu")
@ApplicationScoped
public class SectionMenuBar {

    @Inject
    private Sections sections;

    private final PerGeneration<List<MenuEntry>> entries = new PerGeneration<>(() -> sections.menu());

    public List<MenuEntry> getEntries() {
        SurrogateKeys.chrome(SurrogateKeys.MENU);
        return entries.get();
    }
}
