package org.newsroom.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.newsroom.rates.ticker.Ticker;
import org.newsroom.rates.ticker.TickerItem;

/** Feeds the ticker that the page template shows on every public page; read once per request. */
@Named
@RequestScoped
public class TickerBar {

    @Inject
    private Ticker ticker;

    private List<TickerItem> items;

    public List<TickerItem> getItems() {
        if (items == null) {
            items = ticker.items();
        }
        return items;
    }
}
