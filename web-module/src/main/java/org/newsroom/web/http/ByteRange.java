package org.newsroom.web.http;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One range of a {@code Range: bytes=…} request header (RFC 9110 §14): "0-499", "500-", "-200".
 * A header asking for several ranges, or in another unit, is ignored and the whole body sent, as the
 * RFC allows; a range that starts past the end is unsatisfiable (416).
 */
public record ByteRange(long first, long last) {

    private static final Pattern ONE_RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    public long length() {
        return last - first + 1;
    }

    /** "bytes 0-499/1234", for Content-Range. */
    public String contentRange(long size) {
        return "bytes " + first + "-" + last + "/" + size;
    }

    /** What to send for this header, or empty for the whole body. */
    public static Optional<Answer> of(String header, long size) {
        if (header == null) {
            return Optional.empty();
        }
        Matcher range = ONE_RANGE.matcher(header.strip());
        if (!range.matches() || range.group(1).isEmpty() && range.group(2).isEmpty()) {
            return Optional.empty();
        }
        try {
            if (range.group(1).isEmpty()) {
                long suffix = Long.parseLong(range.group(2));
                return suffix == 0 ? Optional.of(Answer.UNSATISFIABLE)
                        : Optional.of(new Answer(new ByteRange(Math.max(0, size - suffix), size - 1)));
            }
            long first = Long.parseLong(range.group(1));
            long last = range.group(2).isEmpty() ? size - 1 : Math.min(Long.parseLong(range.group(2)), size - 1);
            if (first >= size) {
                return Optional.of(Answer.UNSATISFIABLE);
            }
            return last < first ? Optional.empty() : Optional.of(new Answer(new ByteRange(first, last)));
        } catch (NumberFormatException tooLong) {
            return Optional.empty();
        }
    }

    /** A range to send (206), or none that can be (416). */
    public record Answer(ByteRange range) {
        static final Answer UNSATISFIABLE = new Answer(null);

        public boolean satisfiable() {
            return range != null;
        }
    }
}
