package org.newsroom.web.articles.newsroom;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.newsroom.news.article.ArticleLists;
import org.newsroom.news.article.ArticleRow;
import org.newsroom.news.article.ArticleStatus;
import org.newsroom.news.article.StaffArticleFilter;
import org.newsroom.web.faces.StaffTexts;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * /newsroom/articles.xhtml: every article, filtered by status, section, author and words of the
 * headline (any letter case, Cyrillic too), paged lazily, with how many match.
 */
@Named
@ViewScoped
public class ArticleListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ArticleLists lists;

    private ArticleStatus status;
    private String section;
    private String author;
    private String headline;

    private final LazyDataModel<ArticleRow> articles = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) lists.count(filter());
        }

        @Override
        public List<ArticleRow> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            return lists.search(filter(), first, pageSize);
        }

        @Override
        public String getRowKey(ArticleRow row) {
            return String.valueOf(row.id());
        }
    };

    private StaffArticleFilter filter() {
        return new StaffArticleFilter(status, section, author, headline);
    }

    /** "3 articles match “курс”.": how many the filters find, above the table. */
    public String getMatching() {
        StaffArticleFilter filter = filter();
        long count = lists.count(filter);
        if (filter.equals(StaffArticleFilter.ALL)) {
            return StaffTexts.text("articles.count", count);
        }
        if (filter.headline() == null) {
            return StaffTexts.text("articles.matchFilters", count);
        }
        return StaffTexts.text("articles.matchHeadline", count, filter.headline());
    }

    public String time(ArticleRow row) {
        return StaffTexts.moment(row.updatedAt());
    }

    public ArticleStatus[] getStatuses() {
        return ArticleStatus.values();
    }

    public LazyDataModel<ArticleRow> getArticles() {
        return articles;
    }

    public ArticleStatus getStatus() {
        return status;
    }

    public void setStatus(ArticleStatus status) {
        this.status = status;
    }

    public String getSection() {
        return section;
    }

    public void setSection(String section) {
        this.section = section;
    }

    public String getAuthor() {
        return author;
    }

    public void setAuthor(String author) {
        this.author = author;
    }

    public String getHeadline() {
        return headline;
    }

    public void setHeadline(String headline) {
        this.headline = headline;
    }
}
