package org.newsroom.web.articles.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.newsroom.news.article.ArticleTeaser;
import org.newsroom.news.article.Listings.CountryBlock;
import org.newsroom.news.article.Listings;
import org.newsroom.news.edition.Edition;
import org.newsroom.web.cluster.SurrogateKeys;
import org.newsroom.web.editions.ReaderEdition;
import org.newsroom.web.http.SiteAddresses;

/**
 * The homepage: the latest articles grouped by day, paged like the listings (?page=2), then the
 * lead story and country blocks on the first page (the template adds the ticker).
 */
@Named
@RequestScoped
public class HomePage {

    static final int COUNTRY_BLOCK_SIZE = 3;

    @Inject
    private Listings listings;

    @Inject
    private ListingTotals totals;

    @Inject
    private ReaderEdition edition;

    private String page;
    private List<DateGroup<ArticleTeaser>> latest;
    private ResultsRange range;
    private Pager pager;
    private ArticleTeaser lead;
    private List<CountryBlock> countryBlocks = List.of();

    /** f:viewAction: a page past the last, or no page number at all (?page=x), answers 404 as listings do. */
    public void load() throws IOException {
        Optional<Integer> number = Pager.pageNumber(page);
        if (number.isEmpty()) {
            ListingView.notFound();
            return;
        }
        SurrogateKeys.page(SurrogateKeys.LISTS);
        int size = ListingView.pageSize();
        Edition shown = edition.getEdition();
        List<ArticleTeaser> articles = listings.latest(shown, Pager.firstIndex(number.get(), size), size);
        if (number.get() > 1 && articles.isEmpty()) {
            ListingView.notFound();
            return;
        }
        long total = totals.of(shown.code() + ":latest", () -> listings.countLatest(shown));
        latest = DateGroup.byDay(articles, ArticleTeaser::publishedAt, edition::dateHeading);
        range = ResultsRange.of(number.get() - 1, size, articles.size(), total);
        String home = site().in(shown).home();
        pager = Pager.of(number.get(), size, total, n -> n <= 1 ? home : home + "?page=" + n);
        if (number.get() == 1) {
            lead = listings.lead(shown).orElse(null);
            countryBlocks = listings.countryBlocks(shown, COUNTRY_BLOCK_SIZE);
        }
    }

    private static SiteAddresses site() {
        return SiteAddresses.of((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }

    /** This edition's homepage, absolute: one of the hreflang pair every homepage names. */
    public String getEditionHome() {
        return site().in(edition.getEdition()).home();
    }

    /** The other edition's homepage, absolute. */
    public String getOtherEditionHome() {
        return site().in(edition.getEdition().other()).home();
    }

    public List<DateGroup<ArticleTeaser>> getLatest() {
        return latest;
    }

    public ArticleTeaser getLead() {
        return lead;
    }

    public List<CountryBlock> getCountryBlocks() {
        return countryBlocks;
    }

    public ResultsRange getRange() {
        return range;
    }

    public Pager getPager() {
        return pager;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
