package org.newsroom.web.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.logging.Logger;
import org.newsroom.news.article.BodyLimit;
import org.newsroom.news.editlock.LockRules;
import org.newsroom.news.media.MediaSettings;
import org.newsroom.news.media.WebpEncoder;
import org.newsroom.news.search.SearchLocation;
import org.newsroom.news.settings.Settings;
import org.newsroom.rates.settings.RateSourceSettings;
import org.newsroom.rates.settings.SettingsSource;
import org.newsroom.rates.settings.TickerCurrencies;
import org.newsroom.web.articles.feeds.SitemapServlet;
import org.newsroom.web.articles.site.ListingView;
import org.newsroom.web.cluster.FrontCache;
import org.newsroom.web.editions.EditionSettings;
import org.newsroom.web.http.OutletTime;
import org.newsroom.web.http.Permalinks;
import org.newsroom.web.http.PublicOrigin;
import org.newsroom.web.pagecache.PageCacheFilter;
import org.newsroom.web.storage.FailedStart;
import org.newsroom.web.storage.SampleContent;
import org.newsroom.web.storage.StatementCounter;

/**
 * Every {@code NEWSROOM_*} setting of the news and web modules, read and checked once as the
 * application starts, before it takes traffic: a value that is set but unusable fails the deployment
 * with a message naming the variable (see {@link Settings}), rather than a 500 on the first request
 * that needs it or a silent fallback to the default. The rates module reads its own the same way
 * (RateSourceSettings, TickerCurrencies: it knows nothing of the news module) and they are checked here
 * too; the database settings are the server's (the datasource).
 */
@ApplicationScoped
public class SettingsAtStart {

    private static final Logger LOG = Logger.getLogger(SettingsAtStart.class.getName());

    void check(@Observes @Initialized(ApplicationScoped.class) Object started) {
        try {
            checkAll();
        } catch (IllegalArgumentException unusable) {
            // The deployment fails on it; on Payara Micro the process then ends, this its last line.
            LOG.severe(unusable.getMessage());
            FailedStart.endPayaraMicro(unusable.getMessage());
            throw unusable;
        }
    }

    private static void checkAll() {
        Settings settings = Settings.fromConfig();
        BodyLimit.from(settings);
        MediaSettings.maxBytes();
        MediaSettings.maxPixels();
        MediaSettings.mediaDirectory();
        SearchLocation.directory(settings);
        WebpEncoder.fromConfig();
        LockRules.windowFrom(settings);
        OutletTime.zone();
        Permalinks.check();
        PublicOrigin.current();
        ListingView.pageSize(settings);
        SitemapServlet.urlsPerFile(settings);
        PageCacheFilter.enabled(settings);
        PageCacheFilter.capacity(settings);
        FrontCache.address(settings);
        StatementCounter.enabled();
        SampleContent.wanted(settings);
        EditionSettings.check(settings);
        RateSourceSettings.from(SettingsSource.environment());
        TickerCurrencies.configured();
        LOG.info("Settings checked: time zone " + OutletTime.zone().getId() + ", " + ListingView.pageSize(settings)
                + " articles per page, sample content " + (SampleContent.wanted(settings) ? "on" : "off"));
    }
}
