package org.newsroom.news.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One line of the audit log: who did what to what, when (UTC). Never changed once written. */
@Entity
@Table(name = "AUDIT_ENTRY")
public class AuditEntry {

    @Id
    @SequenceGenerator(name = "AUDIT_ENTRY_SEQ", sequenceName = "AUDIT_ENTRY_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "AUDIT_ENTRY_SEQ")
    private Long id;

    @Column(name = "RECORDED_AT", nullable = false)
    private LocalDateTime recordedAt;

    @Column(name = "ACTOR", nullable = false, length = 60)
    private String actor;

    @Column(name = "AUDIT_ACTION", nullable = false, length = 40)
    private String action;

    @Column(name = "SUBJECT", length = 200)
    private String subject;

    @Column(name = "DETAIL", length = 2000)
    private String detail;

    protected AuditEntry() {
        // for JPA
    }

    AuditEntry(LocalDateTime recordedAt, String actor, String action, String subject, String detail) {
        this.recordedAt = recordedAt;
        this.actor = fit(actor, 60);
        this.action = fit(action, 40);
        this.subject = fit(subject, 200);
        this.detail = fit(detail, 2000);
    }

    private static String fit(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getSubject() {
        return subject;
    }

    public String getDetail() {
        return detail;
    }
}
