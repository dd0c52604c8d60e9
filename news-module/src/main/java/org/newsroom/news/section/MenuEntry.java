package org.newsroom.news.section;

import java.io.Serializable;

/** One entry of the readers' section menu: what it says and the section's web address part. */
public record MenuEntry(String name, String slug) implements Serializable {
}
