package org.newsroom.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.newsroom.news.account.Accounts;
import org.newsroom.rates.rate.ExchangeRate;
import org.newsroom.rates.rate.ExchangeRates;

/**
 * The two EJB modules share one persistence unit, so one JTA transaction covers writes made by
 * both: they are committed together or not at all.
 */
class CrossModuleTransactionIT extends InsideTheServer {

    @Inject
    private UserTransaction transaction;

    @Inject
    private Accounts accounts;

    @Inject
    private ExchangeRates rates;

    @Test
    void writesOfBothModulesCommitTogether() throws Exception {
        String username = "tx-commit-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate day = LocalDate.of(2001, 1, 2);

        transaction.begin();
        accounts.createAdmin(username, "Commit Test", "irrelevant-password");
        rates.record(rate("XCM", day));
        transaction.commit();

        assertTrue(accounts.findEnabled(username).isPresent(), "the news module's account is stored");
        assertEquals(day, rates.latestTwo("XCM").get(0).getEffectiveDate(), "the rates module's rate is stored");
    }

    @Test
    void writesOfBothModulesRollBackTogether() throws Exception {
        String username = "tx-rollback-" + UUID.randomUUID().toString().substring(0, 8);

        transaction.begin();
        accounts.createAdmin(username, "Rollback Test", "irrelevant-password");
        rates.record(rate("XRB", LocalDate.of(2001, 1, 3)));
        transaction.rollback();

        assertFalse(accounts.findEnabled(username).isPresent(), "the account is gone with the rollback");
        assertTrue(rates.latestTwo("XRB").isEmpty(), "the rate is gone with the rollback");
    }

    private static ExchangeRate rate(String currency, LocalDate day) {
        return new ExchangeRate(currency, day, new BigDecimal("12.5"), 1, "test", false, LocalDateTime.now(), null);
    }
}
