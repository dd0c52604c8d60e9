package org.newsroom.web.site;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.newsroom.news.article.ArticleTeaser;
import org.newsroom.news.article.Articles;

/** The homepage: the latest articles grouped by day (the template adds the ticker). */
@Named
@RequestScoped
public class HomePage {

    static final int PAGE_SIZE = 6;

    @Inject
    private Articles articles;

    private List<DateGroup<ArticleTeaser>> latest;
    private ResultsRange range;

    @PostConstruct
    void load() {
        List<ArticleTeaser> page = articles.latestPublished(0, PAGE_SIZE);
        latest = DateGroup.byDay(page, ArticleTeaser::publishedAt, OutletTime.zone());
        range = ResultsRange.of(0, PAGE_SIZE, page.size(), articles.countPublished());
    }

    public List<DateGroup<ArticleTeaser>> getLatest() {
        return latest;
    }

    public ResultsRange getRange() {
        return range;
    }
}
