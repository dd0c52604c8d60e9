package org.newsroom.web.storage;

import org.newsroom.news.settings.Settings;

/**
 * Whether the first start on an empty database adds the sample articles ({@value #VARIABLE}, off by
 * default: a production newsroom starts empty, or from its WordPress import). The Run command and the
 * test servers switch it on. The outlet's sections and the first admin are created either way.
 */
public final class SampleContent {

    public static final String VARIABLE = "NEWSROOM_SAMPLE_CONTENT";

    private SampleContent() {
    }

    public static boolean wanted(Settings settings) {
        return settings.onOff(VARIABLE, false);
    }
}
