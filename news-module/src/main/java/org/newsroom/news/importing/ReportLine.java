package org.newsroom.news.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One line of a run's report: an item not imported and why, or a remark on one that was. */
@Entity
@Table(name = "IMPORT_REPORT_LINE")
public class ReportLine {

    @Id
    @SequenceGenerator(name = "IMPORT_REPORT_LINE_SEQ", sequenceName = "IMPORT_REPORT_LINE_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "IMPORT_REPORT_LINE_SEQ")
    private Long id;

    @Column(name = "RUN_ID", nullable = false)
    private long runId;

    @Column(name = "POSITION", nullable = false)
    private int position;

    @Column(name = "ITEM_KIND", nullable = false, length = 20)
    private String kind;

    @Column(name = "WP_ID", length = 300)
    private String wordPressId;

    @Column(name = "LABEL", length = 300)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(name = "OUTCOME", nullable = false, length = 20)
    private Outcome outcome;

    @Column(name = "MESSAGE", nullable = false, length = 2000)
    private String message;

    protected ReportLine() {
        // for JPA
    }

    public ReportLine(long runId, int position, String kind, String wordPressId, String label, Outcome outcome, String message) {
        this.runId = runId;
        this.position = position;
        this.kind = kind;
        this.wordPressId = cut(wordPressId, 300);
        this.label = cut(label, 300);
        this.outcome = outcome;
        this.message = cut(message == null || message.isBlank() ? outcome.name().toLowerCase() : message, 2000);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public long getRunId() {
        return runId;
    }

    public int getPosition() {
        return position;
    }

    public String getKind() {
        return kind;
    }

    public String getWordPressId() {
        return wordPressId;
    }

    public String getLabel() {
        return label;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getMessage() {
        return message;
    }
}
