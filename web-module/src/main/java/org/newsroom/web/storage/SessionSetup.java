package org.newsroom.web.storage;

import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;
import org.newsroom.web.storage.PublicContentWatch;

/**
 * How the persistence unit's EclipseLink session is set up, just before it logs in (called by the
 * unit's session event listener, {@code web.startup.DatabaseLoginCheck}): how a query that meets a dead
 * connection is retried, then the page cache's watch on public content.
 *
 * <p>Not a session customizer: EclipseLink's {@code config.SessionCustomizer} is deprecated for
 * removal, and its replacement {@code sessions.SessionCustomizer} is missing from the EclipseLink that
 * Payara Server 6 ships (4.0.1). The session event API is public, current and on every server.
 *
 * <p>EclipseLink already retries a query outside a transaction (every reader's page) on a fresh
 * connection when the old one failed, by default three times five seconds apart: through a
 * PostgreSQL restart a reader or an editor waited up to fifteen seconds. Once, after a second, is
 * enough for a connection that died with a restart; a database that is really away is then said so
 * at once (the last good page for readers, "Not saved" for editors).
 */
public class SessionSetup {

    static final int RETRIES = 1;
    static final int RETRY_DELAY_MILLIS = 1000;

    /** Before the login: the settings are read when queries run, listeners hear every later unit of work. */
    public void configure(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(RETRIES);
            login.setDelayBetweenConnectionAttempts(RETRY_DELAY_MILLIS);
        }
        // Added during EclipseLink's preLogin round, which finishes without the new listener.
        session.getEventManager().addListener(new PublicContentWatch());
    }
}
