package org.newsroom.rates.feed;

/**
 * A bank's answer that cannot be used. The message is written for the staff status page (which bank,
 * what was wrong, in plain words), so callers can show it as it is; the technical detail, if any, is
 * kept in the cause for the log.
 */
public class FeedException extends Exception {

    private static final long serialVersionUID = 1L;

    public FeedException(String message) {
        super(message);
    }

    public FeedException(String message, Throwable cause) {
        super(message, cause);
    }
}
