package org.newsroom.web.storage;

import org.eclipse.persistence.sessions.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;
import org.newsroom.web.storage.PublicContentWatch;

/**
 * The persistence unit's one session customizer (EclipseLink takes one): how a query that meets a
 * dead connection is retried, then the page cache's watch on public content.
 *
 * <p>EclipseLink already retries a query outside a transaction (every reader's page) on a fresh
 * connection when the old one failed, by default three times five seconds apart: through a
 * PostgreSQL restart a reader or an editor waited up to fifteen seconds. Once, after a second, is
 * enough for a connection that died with a restart; a database that is really away is then said so
 * at once (the last good page for readers, "Not saved" for editors).
 */
public class SessionSetup implements SessionCustomizer {

    static final int RETRIES = 1;
    static final int RETRY_DELAY_MILLIS = 1000;

    @Override
    public void customize(Session session) throws Exception {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(RETRIES);
            login.setDelayBetweenConnectionAttempts(RETRY_DELAY_MILLIS);
        }
        new PublicContentWatch().customize(session);
    }
}
