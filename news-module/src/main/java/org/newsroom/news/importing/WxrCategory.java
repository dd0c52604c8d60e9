package org.newsroom.news.importing;

/** An item's {@code <category domain=".." nicename="..">Name</category>}: a category, tag or post format. */
public record WxrCategory(String domain, String nicename, String name) {
}
