package org.newsroom.web.articles.newsroom;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.util.List;
import org.newsroom.news.article.ArticleLists;
import org.newsroom.news.article.ArticleRow;
import org.newsroom.web.faces.StaffTexts;

/** /newsroom/: my drafts, waiting for review, scheduled (overdue flagged), recently published. */
@Named
@RequestScoped
public class Dashboard {

    private static final int ROWS = 10;

    @Inject
    private ArticleLists lists;

    private List<ArticleRow> myDrafts;
    private List<ArticleRow> waiting;
    private List<ArticleRow> scheduled;
    private List<ArticleRow> published;

    @PostConstruct
    void load() {
        myDrafts = lists.myDrafts(ROWS);
        waiting = lists.waitingForReview(ROWS);
        scheduled = lists.scheduled(ROWS);
        published = lists.recentlyPublished(ROWS);
    }

    public boolean isAnyOverdue() {
        return scheduled.stream().anyMatch(ArticleRow::overdue);
    }

    /** Stored times are UTC; the newsroom reads its own. */
    public String time(LocalDateTime utc) {
        return StaffTexts.moment(utc);
    }

    public List<ArticleRow> getMyDrafts() {
        return myDrafts;
    }

    public List<ArticleRow> getWaiting() {
        return waiting;
    }

    public List<ArticleRow> getScheduled() {
        return scheduled;
    }

    public List<ArticleRow> getPublished() {
        return published;
    }
}
