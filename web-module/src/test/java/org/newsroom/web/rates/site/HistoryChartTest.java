package org.newsroom.web.rates.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsroom.news.edition.Edition;
import org.newsroom.web.editions.EditionTexts;

class HistoryChartTest {

    private static final LocalDate TO = LocalDate.of(2026, 12, 1);
    private static final LocalDate FROM = TO.minusDays(30);

    private static String chart(List<HistoryChart.Point> points) {
        return HistoryChart.svg("KZT", points, FROM, TO, BigDecimal::toPlainString, EditionTexts.of(Edition.EN));
    }

    @Test
    void theLineStepsFromRateToRateAndRunsToToday() {
        String svg = chart(List.of(new HistoryChart.Point(FROM, new BigDecimal("0.00200")),
                new HistoryChart.Point(FROM.plusDays(15), new BigDecimal("0.00210"))));

        Matcher points = Pattern.compile("points=\"([^\"]+)\"").matcher(svg);
        assertTrue(points.find(), svg);
        String[] xy = points.group(1).split(" ");
        assertEquals(4, xy.length, "first rate, step at its end, second rate, on to today: " + points.group(1));
        assertEquals("78.0,172.0", xy[0], "the lower value at the bottom left");
        assertEquals(xy[1].split(",")[0], xy[2].split(",")[0], "a vertical step on the day the rate changed");
        assertEquals("630.0,12.0", xy[3], "the higher value at the top, to the right edge");
    }

    @Test
    void screenReadersAreToldTheFiguresInWords() {
        String svg = chart(List.of(new HistoryChart.Point(FROM.plusDays(1), new BigDecimal("0.00209"))));
        assertTrue(svg.contains("role=\"img\""));
        assertTrue(svg.contains("<title id=\"chart-kzt-title\">KZT/USD, 30 days to 2026-12-01</title>"), svg);
        assertTrue(svg.contains("From 0.00209 on 2026-11-02 to 0.00209 on 2026-11-02; lowest 0.00209, highest 0.00209."), svg);
        assertFalse(svg.contains("style="), "no inline style: the readers' CSP forbids it");
    }

    @Test
    void aPeriodWithoutRatesSaysSo() {
        assertEquals("<p class=\"rates-chart__empty\">No KZT/USD rate was set in this period.</p>", chart(List.of()));
    }

    @Test
    void aRateSetBeforeThePeriodIsDrawnFromItsStart() {
        String svg = chart(List.of(new HistoryChart.Point(FROM.minusMonths(6), new BigDecimal("0.01144"))));
        Matcher points = Pattern.compile("points=\"([^\"]+)\"").matcher(svg);
        assertTrue(points.find(), svg);
        assertEquals("78.0,92.0 630.0,92.0", points.group(1), "a flat line across the whole period");
    }
}
