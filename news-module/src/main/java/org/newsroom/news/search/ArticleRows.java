package org.newsroom.news.search;

import java.util.List;
import java.util.Map;

/** The articles as the database has them, as much as bringing a search index up to date needs. */
public interface ArticleRows {

    /** Which database this is; an index of another one (a fresh or replaced database) is not reused. */
    String databaseIdentity();

    /** Every published article's id and row version: a few bytes a row, no bodies. */
    Map<Long, Long> publishedVersions();

    /** These articles in full (missing ids are left out). */
    List<SearchableArticle> load(List<Long> ids);
}
