package org.newsroom.web.accounts.signin;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;
import org.newsroom.web.http.PublicOrigin;

/**
 * Checks the public address at start-up (a wrong {@value PublicOrigin#URL_VARIABLE} fails the deployment,
 * naming the variable) and marks the session cookie Secure when readers and staff reach the site over
 * HTTPS. SameSite and HttpOnly are in web.xml.
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(SessionCookieSettings.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        PublicOrigin origin = PublicOrigin.current();
        if (origin.https()) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
        LOG.info(() -> origin.fixed()
                ? "Public address " + origin.fixedOrigin() + origin.fixedPath() + " (" + PublicOrigin.URL_VARIABLE + ")"
                        + (origin.https() ? "; session cookie Secure, HSTS on" : "")
                : "Public address taken from each request (" + PublicOrigin.URL_VARIABLE + " unset)");
    }
}
