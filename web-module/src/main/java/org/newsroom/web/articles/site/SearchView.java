package org.newsroom.web.articles.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.newsroom.news.article.ArticleTeaser;
import org.newsroom.news.search.Search;
import org.newsroom.news.search.SearchResults;
import org.newsroom.news.search.SearchTerms;
import org.newsroom.web.cluster.SurrogateKeys;
import org.newsroom.web.editions.ReaderEdition;

/** /search?q=: results best match first, the old site's "Viewing results" line, searched words marked. */
@Named
@RequestScoped
public class SearchView {

    static final int MAX_QUERY_LENGTH = 200;

    @Inject
    private Search search;

    @Inject
    private ReaderEdition edition;

    private String q;
    private String page;
    private SearchResults results;
    private ResultsRange range;
    private Pager pager;
    private boolean shortened;

    /** f:viewAction: any query at all gives a normal page; nothing a reader types is an error. */
    public void load() {
        String text = q == null ? "" : q.strip();
        if (text.length() > MAX_QUERY_LENGTH) {
            text = text.substring(0, MAX_QUERY_LENGTH);
            shortened = true;
        }
        SurrogateKeys.page(SurrogateKeys.LISTS);
        int number = Pager.pageNumber(page).orElse(1);
        int size = ListingView.pageSize();
        results = text.isEmpty() ? new SearchResults(List.of(), 0, SearchTerms.none())
                : search.search(text, edition.getEdition(), Pager.firstIndex(number, size), size);
        if (!results.complete()) {
            // Neither this node's page cache nor a front cache may keep a page that will be wrong in a minute.
            FacesContext.getCurrentInstance().getExternalContext().setResponseHeader("Cache-Control", "no-store");
        }
        range = ResultsRange.of(number - 1, size, results.articles().size(), results.total());
        pager = Pager.of(number, size, results.total(), this::pageUrl);
    }

    public String excerpt(ArticleTeaser teaser) {
        return Highlighter.mark(teaser.excerpt(), results.terms());
    }

    public String title(ArticleTeaser teaser) {
        return Highlighter.mark(teaser.title(), results.terms());
    }

    public ResultsRange getRange() {
        return range;
    }

    public Pager getPager() {
        return pager;
    }

    /** What a search that found nothing (on this page) says instead of "0 - 0 of 0". */
    public String getEmptyText() {
        String searched = q == null ? "" : q.strip();
        return results.total() == 0 ? edition.format("search.none", searched)
                : edition.getTexts().format("search.noMore", searched, results.total(),
                        edition.getTexts().format("count.articles", results.total()));
    }

    private String pageUrl(int number) {
        return "?q=" + URLEncoder.encode(q == null ? "" : q, StandardCharsets.UTF_8) + (number > 1 ? "&page=" + number : "");
    }

    /** True while this node's search index is still being built (a new node): the page says results may be missing. */
    public boolean isIndexBeingBuilt() {
        return results != null && !results.complete();
    }

    public boolean isEmptyQuery() {
        return q == null || q.isBlank();
    }

    public boolean isShortened() {
        return shortened;
    }

    public List<ArticleTeaser> getArticles() {
        return results.articles();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
