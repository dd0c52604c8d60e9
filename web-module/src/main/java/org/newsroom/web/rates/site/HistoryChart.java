package org.newsroom.web.rates.site;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.newsroom.web.editions.EditionTexts;

/**
 * A currency's dollar value over 30, 90 or 365 days as an inline SVG line, drawn on the server: no script,
 * no chart library, a few hundred bytes. The line steps (a rate holds until the next one), runs to today,
 * and is scaled between the period's lowest and highest value; the description says them in words for
 * screen readers. Presentation attributes only (no style attribute): the readers' CSP allows no inline style.
 */
public final class HistoryChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 200;
    private static final int LEFT = 78;
    private static final int RIGHT = 10;
    private static final int TOP = 12;
    private static final int BOTTOM = 28;

    /** One value of the line: from {@code date} on, one unit of the currency was worth {@code usd}. */
    public record Point(LocalDate date, BigDecimal usd) {
    }

    private HistoryChart() {
    }

    /**
     * @param oldestFirst the rate in force on each effective date of the period, oldest first; the first may be
     *                    older than {@code from} (the rate already in force then), and is drawn from {@code from}
     * @param from        the period's first day
     * @param to          its last day (today)
     * @param value       how a value is written (the ticker's figures)
     * @return the SVG element, or a sentence when the period has no rate
     */
    public static String svg(String currency, List<Point> oldestFirst, LocalDate from, LocalDate to,
                             java.util.function.Function<BigDecimal, String> value, EditionTexts texts) {
        String pair = currency + "/USD";
        if (oldestFirst.isEmpty()) {
            return "<p class=\"rates-chart__empty\">" + texts.format("rates.chart.empty", pair) + "</p>";
        }
        BigDecimal low = oldestFirst.stream().map(Point::usd).min(BigDecimal::compareTo).orElseThrow();
        BigDecimal high = oldestFirst.stream().map(Point::usd).max(BigDecimal::compareTo).orElseThrow();
        long days = Math.max(1, ChronoUnit.DAYS.between(from, to));
        StringBuilder line = new StringBuilder();
        double lastY = -1;
        for (Point point : oldestFirst) {
            LocalDate date = point.date().isBefore(from) ? from : point.date();
            double x = x(date, from, days);
            double y = y(point.usd(), low, high);
            if (lastY >= 0) {
                line.append(' ').append(format(x)).append(',').append(format(lastY));
            }
            line.append(line.length() == 0 ? "" : " ").append(format(x)).append(',').append(format(y));
            lastY = y;
        }
        line.append(' ').append(format(x(to, from, days))).append(',').append(format(lastY));
        Point first = oldestFirst.get(0);
        Point last = oldestFirst.get(oldestFirst.size() - 1);
        String title = texts.format("rates.chart.title", pair, days, to.toString());
        String description = texts.format("rates.chart.description", value.apply(first.usd()), first.date().toString(),
                value.apply(last.usd()), last.date().toString(), value.apply(low), value.apply(high));
        String id = "chart-" + currency.toLowerCase(Locale.ROOT);
        int bottom = HEIGHT - BOTTOM;
        return "<svg class=\"rates-chart__svg\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT + "\" role=\"img\""
                + " aria-labelledby=\"" + id + "-title " + id + "-desc\" xmlns=\"http://www.w3.org/2000/svg\">"
                + "<title id=\"" + id + "-title\">" + title + "</title>"
                + "<desc id=\"" + id + "-desc\">" + description + "</desc>"
                + "<line x1=\"" + LEFT + "\" y1=\"" + bottom + "\" x2=\"" + (WIDTH - RIGHT) + "\" y2=\"" + bottom
                + "\" stroke=\"#8a8f98\" stroke-width=\"1\"/>"
                + "<line x1=\"" + LEFT + "\" y1=\"" + TOP + "\" x2=\"" + LEFT + "\" y2=\"" + bottom
                + "\" stroke=\"#8a8f98\" stroke-width=\"1\"/>"
                + text(LEFT - 6, TOP + 10, "end", value.apply(high))
                + text(LEFT - 6, bottom, "end", value.apply(low))
                + text(LEFT, HEIGHT - 8, "start", from.toString())
                + text(WIDTH - RIGHT, HEIGHT - 8, "end", to.toString())
                + "<polyline class=\"rates-chart__line\" fill=\"none\" stroke=\"#0b5cad\" stroke-width=\"2\""
                + " stroke-linejoin=\"round\" points=\"" + line + "\"/>"
                + "</svg>";
    }

    private static String text(int x, int y, String anchor, String content) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"" + anchor + "\" font-size=\"12\" fill=\"#3d4148\">"
                + content + "</text>";
    }

    private static double x(LocalDate date, LocalDate from, long days) {
        return LEFT + (WIDTH - LEFT - RIGHT) * (double) ChronoUnit.DAYS.between(from, date) / days;
    }

    /** Higher values higher up; a flat line (one value) in the middle. */
    private static double y(BigDecimal usd, BigDecimal low, BigDecimal high) {
        int bottom = HEIGHT - BOTTOM;
        if (high.compareTo(low) == 0) {
            return (TOP + bottom) / 2.0;
        }
        double share = usd.subtract(low).divide(high.subtract(low), MathContext.DECIMAL64).doubleValue();
        return bottom - (bottom - TOP) * share;
    }

    private static String format(double coordinate) {
        return BigDecimal.valueOf(coordinate).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
