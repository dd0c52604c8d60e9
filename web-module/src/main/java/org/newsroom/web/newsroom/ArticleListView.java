package org.newsroom.web.newsroom;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.newsroom.news.article.ArticleLists;
import org.newsroom.news.article.ArticleRow;
import org.newsroom.news.article.ArticleStatus;
import org.newsroom.web.site.OutletTime;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** /newsroom/articles.xhtml: every article, filtered by status, section and author, paged lazily. */
@Named
@ViewScoped
public class ArticleListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ArticleLists lists;

    private ArticleStatus status;
    private String section;
    private String author;

    private final LazyDataModel<ArticleRow> articles = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) lists.count(status, section, author);
        }

        @Override
        public List<ArticleRow> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            return lists.search(status, section, author, first, pageSize);
        }

        @Override
        public String getRowKey(ArticleRow row) {
            return String.valueOf(row.id());
        }
    };

    public String time(ArticleRow row) {
        return OutletTime.describe(row.updatedAt());
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
}
