package org.newsroom.rates.fetch;

import org.newsroom.rates.settings.RateSource;
import org.newsroom.rates.status.FetchOutcome;

/**
 * One source's result of one run.
 *
 * @param source  a bank ({@link RateSource#name()}) or {@link RateSource#TMT_PEG_STATUS}
 * @param outcome how it ended
 * @param message what happened, in words for the staff status page
 */
public record SourceReport(String source, FetchOutcome outcome, String message) {
}
