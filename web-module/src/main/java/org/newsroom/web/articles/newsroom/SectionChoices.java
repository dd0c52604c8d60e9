package org.newsroom.web.articles.newsroom;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.newsroom.news.account.Account;
import org.newsroom.news.account.Accounts;
import org.newsroom.news.section.Section;
import org.newsroom.news.section.Sections;

/** What the editor offers to choose from: sections and staff for bylines, read once per request. */
@Named
@RequestScoped
public class SectionChoices {

    @Inject
    private Sections sections;

    @Inject
    private Accounts accounts;

    private List<Section> all;
    private List<Account> staff;

    /** Staff who can be bylined. */
    public List<Account> getStaff() {
        if (staff == null) {
            staff = accounts.directory();
        }
        return staff;
    }

    public List<Section> getAll() {
        if (all == null) {
            all = sections.all();
        }
        return all;
    }
}
