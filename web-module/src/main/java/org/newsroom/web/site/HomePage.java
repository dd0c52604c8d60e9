package org.newsroom.web.site;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.newsroom.news.article.ArticleTeaser;
import org.newsroom.news.article.Articles;
import org.newsroom.news.article.ListingKind;
import org.newsroom.news.article.Listings;

/** The homepage: the latest articles grouped by day (the template adds the ticker). */
@Named
@RequestScoped
public class HomePage {

    static final int PAGE_SIZE = 6;
    static final int COUNTRY_BLOCK_SIZE = 3;

    @Inject
    private Articles articles;

    @Inject
    private Listings listings;

    private List<DateGroup<ArticleTeaser>> latest;
    private ResultsRange range;
    private ArticleTeaser lead;
    private List<SectionBlock> countryBlocks;

    /** A country's latest stories on the homepage. */
    public record SectionBlock(String name, String slug, List<ArticleTeaser> articles) {
    }

    @PostConstruct
    void load() {
        List<ArticleTeaser> page = articles.latestPublished(0, PAGE_SIZE);
        latest = DateGroup.byDay(page, ArticleTeaser::publishedAt, OutletTime.zone());
        range = ResultsRange.of(0, PAGE_SIZE, page.size(), articles.countPublished());
        lead = listings.lead().orElse(null);
        countryBlocks = listings.countries().stream()
                .map(country -> new SectionBlock(country.getName(), country.getSlug(),
                        listings.page(ListingKind.SECTION, country.getSlug(), 0, COUNTRY_BLOCK_SIZE).articles()))
                .filter(block -> !block.articles().isEmpty())
                .toList();
    }

    public List<DateGroup<ArticleTeaser>> getLatest() {
        return latest;
    }

    public ArticleTeaser getLead() {
        return lead;
    }

    public List<SectionBlock> getCountryBlocks() {
        return countryBlocks;
    }

    public ResultsRange getRange() {
        return range;
    }
}
