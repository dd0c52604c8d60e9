package org.newsroom.news.search;

import java.util.List;

/** Article ids of one page of results, best match first, and how many matched in all. */
public record SearchHits(List<Long> ids, long total, List<String> terms) {
}
