package org.newsroom.web.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.newsroom.web.browser.Browser;

/** A reader's tests that share one headless Chromium for the whole class (opening one costs seconds). */
abstract class InOneBrowser extends AgainstTheServer {

    protected static Browser browser;

    @BeforeAll
    static void openBrowser() throws Exception {
        browser = Browser.start();
    }

    @AfterAll
    static void closeBrowser() throws Exception {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
