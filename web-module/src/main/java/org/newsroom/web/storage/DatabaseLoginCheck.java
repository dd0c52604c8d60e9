package org.newsroom.web.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import org.eclipse.persistence.sessions.DatasourceLogin;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.newsroom.web.storage.FailedStart;
import org.newsroom.web.storage.SessionSetup;

/**
 * Some servers (Payara Server) log EclipseLink in while deploying, before any application code
 * runs, and fail with a pool error that names no setting. Trying one connection just before that
 * login lets the log say which variable to fix; the login then fails as it would have (and on Payara
 * Micro the process ends, see {@link FailedStart}). It is the persistence unit's one session event
 * listener (EclipseLink takes one class), so it also has the session set up ({@link SessionSetup})
 * before that login.
 */
public class DatabaseLoginCheck extends SessionEventAdapter {

    private static final Logger LOG = Logger.getLogger(DatabaseLoginCheck.class.getName());

    @Override
    public void postLogin(SessionEvent event) {
        if (StatementCounter.enabled()) {
            event.getSession().getEventManager().addListener(new StatementCounter());
        }
    }

    @Override
    public void preLogin(SessionEvent event) {
        new SessionSetup().configure(event.getSession());
        if (!(event.getSession().getDatasourceLogin() instanceof DatasourceLogin login)) {
            return;
        }
        // Connector.connect takes the public Session: the same connector, data source and credentials the
        // login is about to use, without reaching into EclipseLink's internal session classes.
        try (Connection connection = login.getConnector().connect(login.getProperties(), event.getSession())) {
            LOG.fine(() -> "Database reachable: " + connection);
        } catch (SQLException | RuntimeException e) {
            String explanation = DatabaseFailure.explain(e);
            LOG.severe(explanation);
            // The login is about to fail the same way, and with it the deployment, before any start-up
            // bean runs: this is the one place that sees it on every server.
            FailedStart.endPayaraMicro(explanation);
        }
    }
}
