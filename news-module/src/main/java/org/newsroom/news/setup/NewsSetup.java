package org.newsroom.news.setup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * The single row (created by the schema migration) that first-start work locks, so that two
 * instances starting together on one database seed the sample content and the first admin once.
 */
@Entity
@Table(name = "NEWS_SETUP")
public class NewsSetup {

    public static final long SINGLETON_ID = 1L;

    @Id
    @Column(name = "ID")
    private Long id;

    @Column(name = "SAMPLE_SEEDED_AT")
    private LocalDateTime sampleSeededAt;

    protected NewsSetup() {
        // for JPA
    }

    public boolean sampleSeeded() {
        return sampleSeededAt != null;
    }

    public void markSampleSeeded(LocalDateTime now) {
        sampleSeededAt = now;
    }
}
