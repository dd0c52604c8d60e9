package org.newsroom.web.importing.api;

import org.newsroom.news.importing.ReportLine;

/** A run's report as CSV rows (RFC 4180: every field quoted, quotes doubled). */
public final class ReportCsv {

    public static final String HEADER = "position,kind,wordpress_id,item,outcome,message\r\n";

    private ReportCsv() {
    }

    public static String row(ReportLine line) {
        return line.getPosition() + "," + field(line.getKind()) + "," + field(line.getWordPressId()) + ","
                + field(line.getLabel()) + "," + field(line.getOutcome().name()) + "," + field(line.getMessage()) + "\r\n";
    }

    static String field(String value) {
        String text = value == null ? "" : value;
        // A leading = + - @ makes spreadsheets run the cell as a formula; a quote mark keeps it text.
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
