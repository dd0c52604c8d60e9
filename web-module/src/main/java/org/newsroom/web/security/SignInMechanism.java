package org.newsroom.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.newsroom.news.account.LoginThrottle;
import org.newsroom.news.audit.AuditLog;

/**
 * Staff sign in with the form on /newsroom/login.xhtml, which posts to {@link SignInServlet}'s
 * address; the session then carries the sign-in (AutoApplySession).
 *
 * <p>Why not the built-in form mechanism: on Payara, the request it replays right after sign-in
 * reaches the EJBs without the caller's roles, so the first page after signing in failed on any
 * role-checked EJB. Here sign-in ends in a plain redirect, and every later request is ordinary.
 */
@ApplicationScoped
@AutoApplySession
public class SignInMechanism implements HttpAuthenticationMechanism {

    static final String SIGN_IN_PATH = "/newsroom/sign-in";
    static final String LOGIN_PAGE = "/newsroom/login.xhtml";
    static final String RETURN_TO = SignInMechanism.class.getName() + ".returnTo";

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private AuditLog audit;

    /** After five failures in a row, each further try for that username waits longer. */
    private final LoginThrottle throttle = new LoginThrottle();

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (isSignInPost(request)) {
            return signIn(request, context);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return context.responseUnauthorized();
        }
        if ("GET".equals(request.getMethod())) {
            String query = request.getQueryString();
            request.getSession().setAttribute(RETURN_TO, request.getRequestURI() + (query == null ? "" : "?" + query));
        } else if (request.getRequestURI().endsWith(".xhtml")) {
            // A form posted after the session ended: back to the same page after signing in, which then
            // says what happened and offers the autosaved text.
            request.getSession().setAttribute(RETURN_TO, SessionEnded.pageOf(request));
        }
        if (SessionEnded.isFacesAjax(request)) {
            try {
                SessionEnded.ajaxRedirect(response, request.getContextPath() + LOGIN_PAGE);
            } catch (java.io.IOException failed) {
                throw new java.io.UncheckedIOException(failed);
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return context.redirect(request.getContextPath() + LOGIN_PAGE);
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context) {
        String username = String.valueOf(request.getParameter("j_username")).strip();
        // Per username only: a whole newsroom often shares one address, and one guessing colleague
        // (or attacker) must not lock everybody out.
        String byName = LoginThrottle.forUsername(username);
        Duration wait = throttle.waitRequired(byName);
        if (!wait.isZero()) {
            // Same answer for every username, known or not: waiting reveals nothing about accounts.
            audit.record(username, AuditLog.SIGN_IN_FAILED, request.getRemoteAddr(), "throttled: " + wait.toSeconds() + " s to wait");
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?wait=" + Math.max(1, wait.toSeconds()));
        }
        CredentialValidationResult result = identityStores.validate(new UsernamePasswordCredential(
                username, String.valueOf(request.getParameter("j_password"))));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            throttle.failed(byName);
            audit.record(username, AuditLog.SIGN_IN_FAILED, request.getRemoteAddr(), null);
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?failed=true");
        }
        throttle.succeeded(byName);
        audit.record(username, AuditLog.SIGN_IN, request.getRemoteAddr(), null);
        if (request.getSession(false) != null) {
            request.changeSessionId();  // a session id seen before signing in is worth nothing after
        }
        // Continues to SignInServlet, which sends the member of staff where they were going.
        return context.notifyContainerAboutLogin(result);
    }

    private static boolean isSignInPost(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && request.getRequestURI().equals(request.getContextPath() + SIGN_IN_PATH);
    }
}
