package org.newsroom.news.article;

import java.nio.charset.StandardCharsets;
import org.newsroom.news.refusal.Wording;
import org.newsroom.news.settings.Settings;

/**
 * The largest article body accepted, as HTML ({@value #VARIABLE}, in KB; 2 MB by default: a long read with
 * embedded markup is a few hundred KB, and anything larger is a pasted file or an attack). Checked before
 * the body is sanitised, which costs time in proportion to its size.
 */
public final class BodyLimit {

    public static final String VARIABLE = "NEWSROOM_ARTICLE_MAX_KB";
    public static final int DEFAULT_KB = 2048;
    public static final int LARGEST_KB = 65_536;

    private final long maxBytes;

    BodyLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** @throws IllegalArgumentException naming the variable when it is not a whole number of KB in range */
    public static BodyLimit fromSetting(String setting) {
        return from(Settings.from(name -> setting));
    }

    /** @throws org.newsroom.news.settings.SettingInvalid naming the variable when it is not whole KB in range */
    public static BodyLimit from(Settings settings) {
        return new BodyLimit(settings.wholeNumber(VARIABLE, "kilobytes", DEFAULT_KB, 1, LARGEST_KB) * 1024L);
    }

    public static BodyLimit configured() {
        return from(Settings.fromConfig());
    }

    /** @throws ArticleRejected saying how large the body is and what the limit is */
    public void check(String bodyHtml) {
        if (bodyHtml == null || bodyHtml.length() * 3L <= maxBytes) {
            return;  // even at three bytes a character it fits: no need to count
        }
        long bytes = bodyHtml.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxBytes) {
            throw new ArticleRejected(Wording.refusal("article.body.tooLarge", (bytes + 1023) / 1024, maxBytes / 1024));
        }
    }
}
