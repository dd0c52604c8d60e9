package org.newsroom.web.rates.desk;

import java.io.Serializable;
import java.time.LocalDate;

/** One currency on the rates desk: what the ticker shows now and what it showed before. */
public record RateBoardRow(String currency, String current, String previous, String change, String source,
                           LocalDate effectiveDate, boolean derived, boolean stale, String provenance) implements Serializable {
}
