package org.newsroom.rates.fetch;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Silences the fetch package's one-line-per-source log while a test class runs, so test output stays readable. */
public final class QuietLogs implements BeforeAllCallback, AfterAllCallback {

    /** Held here: java.util.logging keeps only weak references, and a collected logger forgets its level. */
    private static final Logger FETCH_LOG = Logger.getLogger(FetchRun.class.getPackageName());

    @Override
    public void beforeAll(ExtensionContext context) {
        FETCH_LOG.setLevel(Level.OFF);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        FETCH_LOG.setLevel(null);
    }
}
