package org.newsroom.rates.fetch;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.newsroom.rates.feed.OfficialQuote;
import org.newsroom.rates.held.HeldRate;
import org.newsroom.rates.status.FetchOutcome;
import org.newsroom.rates.status.RateSourceStatus;

/** The database of a fetch run, in lists: what RateStore does, minus JPA. */
final class MemoryRateBook implements RateBook {

    final List<OfficialQuote> stored = new ArrayList<>();
    final List<HeldRate> held = new ArrayList<>();
    final Map<String, RateSourceStatus> statuses = new TreeMap<>();
    /** Storing this currency fails as a database error would. */
    String failStoring;

    MemoryRateBook with(OfficialQuote... quotes) {
        stored.addAll(List.of(quotes));
        return this;
    }

    @Override
    public Optional<OfficialQuote> lastStored(String currency) {
        // Newest date; of one date, the row stored last (a correction wins), as ExchangeRates.latest.
        OfficialQuote latest = null;
        for (OfficialQuote quote : stored) {
            if (quote.currency().equals(currency)
                    && (latest == null || !quote.effectiveDate().isBefore(latest.effectiveDate()))) {
                latest = quote;
            }
        }
        return Optional.ofNullable(latest);
    }

    @Override
    public Optional<OfficialQuote> inForceOn(String currency, java.time.LocalDate day) {
        OfficialQuote found = null;
        for (OfficialQuote quote : stored) {
            if (quote.currency().equals(currency) && !quote.effectiveDate().isAfter(day)
                    && (found == null || !quote.effectiveDate().isBefore(found.effectiveDate()))) {
                found = quote;
            }
        }
        return Optional.ofNullable(found);
    }

    @Override
    public void store(OfficialQuote quote, LocalDateTime fetchedAt) {
        if (quote.currency().equals(failStoring)) {
            throw new IllegalStateException("wrapper", new RuntimeException("connection to the database lost"));
        }
        stored.add(quote);
    }

    @Override
    public boolean hold(OfficialQuote quote, String reason, LocalDateTime fetchedAt) {
        if (held.stream().anyMatch(h -> h.sameFigureAs(quote))) {
            return false;
        }
        held.add(new HeldRate(quote, reason, fetchedAt));
        return true;
    }

    @Override
    public void recordStatus(String source, FetchOutcome outcome, String message, LocalDateTime at) {
        statuses.computeIfAbsent(source, RateSourceStatus::new).record(outcome, message, at);
    }

    List<OfficialQuote> storedOf(String currency) {
        return stored.stream().filter(q -> q.currency().equals(currency))
                .sorted(Comparator.comparing(OfficialQuote::effectiveDate)).toList();
    }

    RateSourceStatus status(String source) {
        return statuses.get(source);
    }
}
