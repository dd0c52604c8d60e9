package org.newsroom.web.rates.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.newsroom.rates.ticker.Ticker;
import org.newsroom.rates.ticker.TickerItem;
import org.newsroom.web.cluster.SurrogateKeys;
import org.newsroom.web.editions.ReaderEdition;
import org.newsroom.web.pagecache.PerGeneration;

/**
 * Feeds the ticker that the page template shows on every public page. The figures are read once
 * per content generation (a rate change moves it on) and at least once a minute (staleness follows
 * the calendar), not once per page.
 */
@Named
@ApplicationScoped
public class TickerBar {

    @Inject
    private Ticker ticker;

    private final PerGeneration<List<TickerItem>> items = new PerGeneration<>(() -> ticker.items());

    @Inject
    private ReaderEdition edition;

    /** Where the item's figure came from, in the page's edition (the ticker's tooltip). */
    public String provenance(TickerItem item) {
        return ProvenanceWords.in(item.provenance(), edition.getTexts());
    }

    public List<TickerItem> getItems() {
        SurrogateKeys.chrome(SurrogateKeys.TICKER);
        return items.get();
    }
}
