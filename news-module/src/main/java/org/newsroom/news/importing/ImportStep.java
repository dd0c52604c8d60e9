package org.newsroom.news.importing;

import java.io.Serializable;

/**
 * Which run an item belongs to and where it stands in the run's fixed order (1-based), so its
 * progress is written with it and a resumed run knows what is done.
 */
public record ImportStep(long runId, int position, String site, boolean dryRun, String kind, String wordPressId,
                         String label) implements Serializable {
}
