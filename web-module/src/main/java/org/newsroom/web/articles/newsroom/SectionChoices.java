package org.newsroom.web.articles.newsroom;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.newsroom.news.account.Account;
import org.newsroom.news.account.Accounts;
import org.newsroom.news.section.Section;
import org.newsroom.news.section.Sections;
import org.newsroom.web.faces.StaffTexts;

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

    /** A section's name in the staff member's interface language (its Russian name when they read Russian). */
    public String name(Section section) {
        return section.nameIn(StaffTexts.current().edition());
    }

    public List<Section> getAll() {
        if (all == null) {
            all = sections.all();
        }
        return all;
    }
}
