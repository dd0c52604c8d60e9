package org.newsroom.web.articles.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsroom.news.article.ArticleTeaser;
import org.newsroom.news.article.ListingEntry;
import org.newsroom.news.article.ListingKind;
import org.newsroom.news.article.ListingPage;
import org.newsroom.news.article.Listings;
import org.newsroom.news.edition.Edition;
import org.newsroom.news.settings.Settings;
import org.newsroom.web.cluster.SurrogateKeys;
import org.newsroom.web.editions.ReaderEdition;
import org.newsroom.web.http.SiteAddresses;

/** A section's, tag's or author's articles, a page at a time, with the old site's "Viewing results" line. */
@Named
@RequestScoped
public class ListingView {

    public static final String PAGE_SIZE_VARIABLE = "NEWSROOM_PAGE_SIZE";
    static final int DEFAULT_PAGE_SIZE = 6;

    @Inject
    private Listings listings;

    @Inject
    private ListingTotals totals;

    @Inject
    private ReaderEdition edition;

    private String kind;
    private String key;
    private String page;
    private ListingPage result;
    private ResultsRange range;
    private Pager pager;

    /** f:viewAction: an unknown section, author or page answers 404. */
    public void load() throws IOException {
        ListingKind listing;
        try {
            listing = ListingKind.valueOf(String.valueOf(kind).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            notFound();
            return;
        }
        Optional<Integer> number = Pager.pageNumber(page);
        if (number.isEmpty()) {
            notFound();
            return;
        }
        SurrogateKeys.page(SurrogateKeys.LISTS);
        int size = pageSize();
        Edition shown = edition.getEdition();
        result = listings.page(shown, listing, key, Pager.firstIndex(number.get(), size), size);
        if (result.heading() == null || (number.get() > 1 && result.articles().isEmpty())) {
            notFound();
            return;
        }
        long total = totals.of(shown.code() + ":" + listing + ":" + key, () -> listings.count(shown, listing, key));
        range = ResultsRange.of(number.get() - 1, size, result.articles().size(), total);
        pager = Pager.of(number.get(), size, total, this::pageUrl);
    }

    static void notFound() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "No such listing");
        faces.responseComplete();
    }

    static int pageSize() {
        return PageSize.SIZE;
    }

    /** Read once, on first use (the start-up check makes that the start): a bad value fails the start. */
    private static final class PageSize {
        static final int SIZE = pageSize(Settings.fromConfig());
    }

    /** @throws org.newsroom.news.settings.SettingInvalid naming the variable */
    public static int pageSize(Settings settings) {
        return settings.wholeNumber(PAGE_SIZE_VARIABLE, "articles", DEFAULT_PAGE_SIZE, 1, 100);
    }

    public ResultsRange getRange() {
        return range;
    }

    public Pager getPager() {
        return pager;
    }

    /** What an empty list says instead of "0 - 0 of 0". */
    public String getEmptyText() {
        return edition.format("listing.empty." + kind.toLowerCase(Locale.ROOT), result.heading());
    }

    /** The readable address of page {@code number} of this listing. */
    private String pageUrl(int number) {
        SiteAddresses site = SiteAddresses.of(
                (jakarta.servlet.http.HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .in(edition.getEdition());
        String base = switch (ListingKind.valueOf(kind.toUpperCase(Locale.ROOT))) {
            case SECTION -> site.section(key);
            case TAG -> site.tag(ListingEntry.tagKey(key));
            case AUTHOR -> site.author(key);
        };
        return number <= 1 ? base : base + "?page=" + number;
    }

    public String getHeading() {
        return result.heading();
    }

    /** The section this page lists, which the section menu marks as the current page; null on other lists. */
    public String getCurrentSection() {
        return result != null && result.heading() != null && "SECTION".equalsIgnoreCase(kind) ? key : null;
    }

    public List<ArticleTeaser> getArticles() {
        return result.articles();
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
