package org.newsroom.news.importing;

import java.util.List;

/**
 * A WordPress body made ready for the sanitiser, and what the conversion could not carry across
 * (unknown shortcodes kept as text, files that were not imported), for the report.
 */
public record ConvertedBody(String html, List<String> notes) {

    public ConvertedBody {
        notes = List.copyOf(notes);
    }
}
