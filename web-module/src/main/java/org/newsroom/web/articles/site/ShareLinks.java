package org.newsroom.web.articles.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Share links as plain addresses of each service's own share page: no third-party script, button or
 * tracking pixel on our pages; the reader's browser goes to the service only when the reader chooses one.
 */
@Named
@ApplicationScoped
public class ShareLinks {

    public String telegram(String url, String title) {
        return "https://t.me/share/url?url=" + encode(url) + "&text=" + encode(title);
    }

    public String whatsapp(String url, String title) {
        return "https://wa.me/?text=" + encode(title + " " + url);
    }

    public String facebook(String url) {
        return "https://www.facebook.com/sharer/sharer.php?u=" + encode(url);
    }

    public String x(String url, String title) {
        return "https://x.com/intent/post?url=" + encode(url) + "&text=" + encode(title);
    }

    public String email(String url, String title) {
        return "mailto:?subject=" + encode(title) + "&body=" + encode(title + "\n\n" + url);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
