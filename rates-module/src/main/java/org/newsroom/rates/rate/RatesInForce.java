package org.newsroom.rates.rate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Which stored rows are in force on a day. Banks publish a day ahead (NBKR in the afternoon, NBK and CBU
 * the next day's rate), and such a row is stored at once; it goes on the ticker on its effective date,
 * not before. Of one effective date the latest correction counts.
 */
public final class RatesInForce {

    private RatesInForce() {
    }

    /**
     * @param newestFirst rows of one currency by effective date, then recording time, newest first
     * @param day         the day asked about (the banks' today)
     * @param count       how many effective dates to return
     * @return the row in force of each of the {@code count} latest effective dates on or before {@code day}
     */
    public static List<ExchangeRate> latest(List<ExchangeRate> newestFirst, LocalDate day, int count) {
        List<ExchangeRate> inForce = new ArrayList<>();
        LocalDate lastDate = null;
        for (ExchangeRate rate : newestFirst) {
            LocalDate date = rate.getEffectiveDate();
            if (date.isAfter(day) || date.equals(lastDate)) {
                continue;
            }
            lastDate = date;
            inForce.add(rate);
            if (inForce.size() == count) {
                break;
            }
        }
        return inForce;
    }
}
