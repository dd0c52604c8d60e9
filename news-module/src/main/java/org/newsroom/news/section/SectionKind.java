package org.newsroom.news.section;

/** Countries get their own homepage block; topics cut across them. */
public enum SectionKind {
    COUNTRY,
    TOPIC
}
