package org.newsroom.web.newsroom;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.newsroom.news.section.Section;
import org.newsroom.news.section.Sections;

/** The sections an article can be filed under, read once per request. */
@Named
@RequestScoped
public class SectionChoices {

    @Inject
    private Sections sections;

    private List<Section> all;

    public List<Section> getAll() {
        if (all == null) {
            all = sections.all();
        }
        return all;
    }
}
