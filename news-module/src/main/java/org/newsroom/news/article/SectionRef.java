package org.newsroom.news.article;

/** A section as readers meet it on an article: its address part and its name. */
public record SectionRef(String slug, String name) {
}
