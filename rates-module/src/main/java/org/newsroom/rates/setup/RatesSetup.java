package org.newsroom.rates.setup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** The row (created by the schema migration) that first-start seeding of rates locks. */
@Entity
@Table(name = "RATES_SETUP")
public class RatesSetup {

    public static final long SINGLETON_ID = 1L;

    @Id
    @Column(name = "ID")
    private Long id;

    @Column(name = "SAMPLE_SEEDED_AT")
    private LocalDateTime sampleSeededAt;

    protected RatesSetup() {
        // for JPA
    }

    public boolean sampleSeeded() {
        return sampleSeededAt != null;
    }

    public void markSampleSeeded(LocalDateTime now) {
        sampleSeededAt = now;
    }
}
