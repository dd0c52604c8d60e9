package org.newsroom.web.audit.admin;

import java.io.Serializable;
import org.newsroom.news.audit.AuditEntry;
import org.newsroom.web.faces.StaffTexts;
import org.newsroom.web.http.OutletTime;

/** One audit entry as the audit page shows it: the time in the newsroom's zone, the action named. */
public record AuditRow(long id, String when, String actor, String action, String actionLabel, String subject,
                       String detail) implements Serializable {

    static AuditRow of(AuditEntry entry) {
        return new AuditRow(entry.getId(), StaffTexts.current().dateAndTime(entry.getRecordedAt(), OutletTime.zone()), entry.getActor(),
                entry.getAction(), AuditActions.label(entry.getAction(), StaffTexts.current()), nullToEmpty(entry.getSubject()),
                nullToEmpty(entry.getDetail()));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
