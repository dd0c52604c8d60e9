package org.newsroom.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.newsroom.news.article.ArticleTeaser;
import org.newsroom.news.article.ListingKind;
import org.newsroom.news.article.ListingPage;
import org.newsroom.news.article.Listings;

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

    private String kind;
    private String key;
    private int page = 1;
    private ListingPage result;
    private long total;

    /** f:viewAction: an unknown section, author or page answers 404. */
    public void load() throws IOException {
        ListingKind listing;
        try {
            listing = ListingKind.valueOf(String.valueOf(kind).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            notFound();
            return;
        }
        int size = pageSize();
        result = listings.page(listing, key, (Math.max(page, 1) - 1) * size, size);
        if (result.heading() == null || page < 1 || (page > 1 && result.articles().isEmpty())) {
            notFound();
            return;
        }
        total = totals.of(listing + ":" + key, () -> listings.count(listing, key));
    }

    private static void notFound() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "No such listing");
        faces.responseComplete();
    }

    static int pageSize() {
        try {
            String configured = System.getenv(PAGE_SIZE_VARIABLE);
            int size = configured == null ? DEFAULT_PAGE_SIZE : Integer.parseInt(configured.strip());
            return size > 0 && size <= 100 ? size : DEFAULT_PAGE_SIZE;
        } catch (NumberFormatException ignoredBadSetting) {
            return DEFAULT_PAGE_SIZE;
        }
    }

    public ResultsRange getRange() {
        return ResultsRange.of(page - 1, pageSize(), result.articles().size(), total);
    }

    public int getLastPage() {
        return (int) Math.max(1, (total + pageSize() - 1) / pageSize());
    }

    /** Page numbers around the current one, for the pager. */
    public List<Integer> getNearbyPages() {
        int last = getLastPage();
        return IntStream.rangeClosed(Math.max(1, page - 3), Math.min(last, page + 3)).boxed().toList();
    }

    /** The readable address of page {@code number} of this listing. */
    public String pageUrl(int number) {
        SiteAddresses site = SiteAddresses.of(
                (jakarta.servlet.http.HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
        String base = switch (ListingKind.valueOf(kind.toUpperCase(Locale.ROOT))) {
            case SECTION -> site.section(key);
            case TAG -> site.tag(key);
            case AUTHOR -> site.author(key);
        };
        return number <= 1 ? base : base + "?page=" + number;
    }

    public String getHeading() {
        return result.heading();
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

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    /** The address's {@code ?page=}, as typed: anything but a page number is no page. */
    public String getPageParam() {
        return String.valueOf(page);
    }

    public void setPageParam(String value) {
        this.page = PageNumber.parse(value);
    }
}
