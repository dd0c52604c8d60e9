package org.newsroom.news.account;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * The sign-in throttle of the whole cluster: per username ({@value LoginThrottle#FREE_FAILURES} free failures)
 * and per client address ({@value LoginThrottle#FREE_FAILURES_PER_ADDRESS}), both counting in the database
 * ({@link DatabaseFailureStore}), so every node sees every failure. Outside any transaction: a failure is
 * counted at once, whatever becomes of the request.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SignInThrottle {

    /** Mapped to the server's datasource by payara-web.xml / jboss-web.xml (the WAR's resource reference). */
    @Resource(name = "jdbc/newsroom")
    private DataSource database;

    private LoginThrottle byUsername;
    private LoginThrottle byAddress;

    @PostConstruct
    void open() {
        FailureStore shared = new DatabaseFailureStore(database);
        byUsername = LoginThrottle.perUsername(shared);
        byAddress = LoginThrottle.perAddress(shared);
    }

    /** How long a sign-in as {@code username} from {@code address} must wait; zero when it may go ahead. */
    public Duration waitRequired(String username, String address) {
        Duration forName = byUsername.waitRequired(LoginThrottle.forUsername(username));
        Duration forPlace = byAddress.waitRequired(LoginThrottle.forAddress(address));
        return forName.compareTo(forPlace) >= 0 ? forName : forPlace;
    }

    public void failed(String username, String address) {
        byUsername.failed(LoginThrottle.forUsername(username));
        byAddress.failed(LoginThrottle.forAddress(address));
    }

    public void succeeded(String username, String address) {
        byUsername.succeeded(LoginThrottle.forUsername(username));
        byAddress.succeeded(LoginThrottle.forAddress(address));
    }
}
