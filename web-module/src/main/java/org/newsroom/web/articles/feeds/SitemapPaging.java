package org.newsroom.web.articles.feeds;

/**
 * How the site's URLs split into sitemap files. URLs 0 to 3 are the site's own pages (each edition's
 * homepage and rates page, {@link #SITE_PAGES}), URL i (i &ge; 4) the published article i - 4 in sitemap order
 * (oldest first). One file holds at most {@code urlsPerFile} URLs (the
 * protocol allows 50,000); when everything fits in one, /sitemap.xml is that file, otherwise it is an
 * index of files 1..{@link #files()}.
 */
record SitemapPaging(long articleCount, int urlsPerFile) {

    /** The sitemap protocol's limit of URLs per file (and of files per index). */
    static final int PROTOCOL_LIMIT = 50_000;
    /** The editions' homepages (/, /ru/) and rates pages (/rates, /ru/rates), listed first in the first file. */
    static final int SITE_PAGES = 4;

    SitemapPaging {
        if (articleCount < 0) {
            throw new IllegalArgumentException("No site has " + articleCount + " articles");
        }
        if (urlsPerFile < SITE_PAGES || urlsPerFile > PROTOCOL_LIMIT) {
            // the first file always has room for the site's own pages
            throw new IllegalArgumentException("A sitemap file holds " + SITE_PAGES + " to " + PROTOCOL_LIMIT
                    + " URLs, not " + urlsPerFile);
        }
    }

    long urlCount() {
        return articleCount + SITE_PAGES;
    }

    boolean needsIndex() {
        return urlCount() > urlsPerFile;
    }

    /** At least one: the site's own pages always have a place. */
    int files() {
        return Math.toIntExact((urlCount() + urlsPerFile - 1) / urlsPerFile);
    }

    boolean hasFile(int file) {
        return file >= 1 && file <= files();
    }

    /** Only the first file lists the homepage and the rates page. */
    boolean includesHome(int file) {
        return file == 1;
    }

    /** The offset of the file's first article in sitemap order. */
    int firstArticle(int file) {
        requireFile(file);
        return Math.toIntExact(Math.max(firstUrl(file), SITE_PAGES) - SITE_PAGES);
    }

    /** How many articles the file lists. */
    int articleCount(int file) {
        requireFile(file);
        long end = Math.min((long) file * urlsPerFile, urlCount());
        return Math.toIntExact(end - Math.max(firstUrl(file), SITE_PAGES));
    }

    private long firstUrl(int file) {
        return (long) (file - 1) * urlsPerFile;
    }

    private void requireFile(int file) {
        if (!hasFile(file)) {
            throw new IllegalArgumentException("There is no sitemap file " + file + " of " + files());
        }
    }
}
