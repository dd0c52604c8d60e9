package org.newsroom.web.site;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Where readers find things: every public address is built here, so it changes in one place. */
public final class PublicUrls {

    private PublicUrls() {
    }

    public static String article(String contextPath, String slug) {
        return contextPath + "/article.xhtml?slug=" + encode(slug);
    }

    public static String section(String contextPath, String slug) {
        return contextPath + "/" + encode(slug);
    }

    public static String tag(String contextPath, String tag) {
        return contextPath + "/tag/" + encode(tag);
    }

    public static String author(String contextPath, String username) {
        return contextPath + "/author/" + encode(username);
    }

    /** scheme://host:port, as the reader reached us: canonical and OpenGraph URLs must be absolute. */
    public static String origin(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
    }

    private static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
