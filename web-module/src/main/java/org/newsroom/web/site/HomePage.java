package org.newsroom.web.site;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.newsroom.news.article.ArticleTeaser;
import org.newsroom.news.article.Listings;
import org.newsroom.news.article.Listings.CountryBlock;

/** The homepage: the latest articles grouped by day (the template adds the ticker). */
@Named
@RequestScoped
public class HomePage {

    static final int PAGE_SIZE = 6;
    static final int COUNTRY_BLOCK_SIZE = 3;

    @Inject
    private Listings listings;

    @Inject
    private ListingTotals totals;

    private List<DateGroup<ArticleTeaser>> latest;
    private ResultsRange range;
    private ArticleTeaser lead;
    private List<CountryBlock> countryBlocks;

    @PostConstruct
    void load() {
        List<ArticleTeaser> page = listings.latest(0, PAGE_SIZE);
        latest = DateGroup.byDay(page, ArticleTeaser::publishedAt, OutletTime.zone());
        range = ResultsRange.of(0, PAGE_SIZE, page.size(), totals.of("latest", listings::countLatest));
        lead = listings.lead().orElse(null);
        countryBlocks = listings.countryBlocks(COUNTRY_BLOCK_SIZE);
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
}
