package org.newsroom.web.importing.admin;

import java.io.Serializable;
import org.newsroom.news.importing.ReportLine;
import org.newsroom.web.faces.StaffTexts;

/** One report line as the import page lists it. */
public final class LineView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String item;
    private final String outcome;
    private final String message;

    LineView(ReportLine line) {
        this.item = line.getLabel() == null ? line.getKind() : line.getLabel();
        this.outcome = StaffTexts.text("admin.import.outcome." + line.getOutcome().name());
        this.message = line.getMessage();
    }

    public String getItem() {
        return item;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getMessage() {
        return message;
    }
}
