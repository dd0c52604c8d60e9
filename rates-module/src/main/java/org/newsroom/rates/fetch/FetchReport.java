package org.newsroom.rates.fetch;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What one run did, source by source; e.g. for a "fetch now" button to show. */
public record FetchReport(LocalDate day, List<SourceReport> sources) {

    public FetchReport {
        sources = List.copyOf(sources);
    }

    public Optional<SourceReport> of(String source) {
        return sources.stream().filter(report -> report.source().equals(source)).findFirst();
    }
}
