package org.newsroom.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.newsroom.news.article.ArticleTeaser;
import org.newsroom.news.search.Search;
import org.newsroom.news.search.SearchResults;

/** /search?q=: results best match first, the old site's "Viewing results" line, searched words marked. */
@Named
@RequestScoped
public class SearchView {

    static final int MAX_QUERY_LENGTH = 200;

    @Inject
    private Search search;

    private String q;
    private int page = 1;
    private SearchResults results;
    private boolean shortened;

    /** f:viewAction: any query at all gives a normal page; nothing a reader types is an error. */
    public void load() {
        String text = q == null ? "" : q.strip();
        if (text.length() > MAX_QUERY_LENGTH) {
            text = text.substring(0, MAX_QUERY_LENGTH);
            shortened = true;
        }
        page = Math.max(page, 1);  // a page number that is none shows the first page: no reader is refused here
        int size = ListingView.pageSize();
        int from = (page - 1) * size;
        results = text.isEmpty() ? new SearchResults(List.of(), 0, List.of()) : search.search(text, from, size);
    }

    public String excerpt(ArticleTeaser teaser) {
        return Highlighter.mark(teaser.excerpt(), results.terms());
    }

    public String title(ArticleTeaser teaser) {
        return Highlighter.mark(teaser.title(), results.terms());
    }

    public ResultsRange getRange() {
        return ResultsRange.of(Math.max(page, 1) - 1, ListingView.pageSize(), results.articles().size(), results.total());
    }

    public int getLastPage() {
        return (int) Math.max(1, (results.total() + ListingView.pageSize() - 1) / ListingView.pageSize());
    }

    public List<Integer> getNearbyPages() {
        return IntStream.rangeClosed(Math.max(1, page - 3), Math.min(getLastPage(), page + 3)).boxed().toList();
    }

    public String pageUrl(int number) {
        return "?q=" + URLEncoder.encode(q == null ? "" : q, StandardCharsets.UTF_8) + (number > 1 ? "&page=" + number : "");
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
