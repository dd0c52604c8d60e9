package org.newsroom.web.articles.feeds;

/** The two feed formats, each with its ROME feed type, file name and media type. */
enum FeedFormat {
    RSS("rss_2.0", "rss.xml", "application/rss+xml;charset=UTF-8"),
    ATOM("atom_1.0", "atom.xml", "application/atom+xml;charset=UTF-8");

    private final String romeType;
    private final String fileName;
    private final String contentType;

    FeedFormat(String romeType, String fileName, String contentType) {
        this.romeType = romeType;
        this.fileName = fileName;
        this.contentType = contentType;
    }

    String romeType() {
        return romeType;
    }

    String fileName() {
        return fileName;
    }

    String contentType() {
        return contentType;
    }

    static FeedFormat ofFileName(String fileName) {
        for (FeedFormat format : values()) {
            if (format.fileName.equals(fileName)) {
                return format;
            }
        }
        throw new IllegalArgumentException("No feed is called " + fileName);
    }
}
