package org.newsroom.news.importing;

/** The export cannot be read (further): not XML, not a WordPress export, cut short, or unsafe. */
public class WxrUnreadable extends RuntimeException {

    public WxrUnreadable(String message) {
        super(message);
    }

    public WxrUnreadable(String message, Throwable cause) {
        super(message, cause);
    }
}
