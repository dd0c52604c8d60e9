package org.newsroom.web.accounts.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.newsroom.news.account.Account;
import org.newsroom.news.account.Accounts;
import org.newsroom.news.account.SignInThrottle;
import org.newsroom.news.audit.AuditLog;
import org.newsroom.web.http.ForgedRequests;
import org.newsroom.web.storage.StorageTrouble;

/**
 * Staff sign in with the form on /newsroom/login.xhtml, which posts to {@link SignInServlet}'s
 * address. The session then remembers only who signed in ({@link StaffSession}); every request
 * after that acts with the account as it is now: its current role, and not at all once the account
 * is disabled or its password was reset (the session is ended on that request).
 *
 * <p>Why not {@code @AutoApplySession}: it replays the roles the caller had at sign-in for the life of
 * the session, so a demoted or disabled admin kept admin powers. Why not the built-in form
 * mechanism: on Payara, the request it replays right after sign-in reaches the EJBs without the
 * caller's roles. Here sign-in ends in a plain redirect, and every later request is ordinary.
 */
@ApplicationScoped
public class SignInMechanism implements HttpAuthenticationMechanism {

    static final String SIGN_IN_PATH = "/newsroom/sign-in";
    static final String LOGIN_PAGE = "/newsroom/login.xhtml";
    static final String RETURN_TO = SignInMechanism.class.getName() + ".returnTo";

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private Accounts accounts;

    @Inject
    private AuditLog audit;

    /**
     * After five failures in a row, each further try for that username waits longer; one password tried on many
     * usernames never fails twice for one name, so the address counts them too. Counted cluster-wide.
     */
    @Inject
    private SignInThrottle throttle;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (isSignInPost(request)) {
            return signIn(request, context);
        }
        Optional<StaffSession> remembered = StaffSession.of(request);
        if (remembered.isPresent()) {
            Optional<Account> account;
            try {
                account = accounts.findEnabled(remembered.get().username())
                        .filter(current -> current.sessionStamp().equals(remembered.get().stamp()));
            } catch (RuntimeException failure) {
                if (!StorageTrouble.isIn(failure)) {
                    throw failure;
                }
                // The database is away: the account cannot be checked, but nothing can be read from or
                // written to the database either; the request goes on to say "Not saved" and keep the text.
                return context.notifyContainerAboutLogin(remembered.get().username(),
                        Set.of(remembered.get().lastKnownRole()));
            }
            if (account.isPresent()) {
                String role = account.get().getRole().name();
                if (!role.equals(remembered.get().lastKnownRole())) {
                    new StaffSession(remembered.get().username(), remembered.get().stamp(), role)
                            .keepIn(request.getSession());
                }
                return context.notifyContainerAboutLogin(account.get().getUsername(), Set.of(role));
            }
            // Disabled, or the password was reset since this session signed in: it is over.
            audit.record(remembered.get().username(), AuditLog.SESSION_ENDED, request.getRemoteAddr(),
                    "account disabled or password reset");
            StaffSession.end(request);
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
        String address = request.getRemoteAddr();
        if (ForgedRequests.refusal(request).isPresent() || !SignInForm.tokenMatches(request)) {
            // A sign-in posted from another site, or from a form this browser was never shown: login CSRF.
            audit.record(username, AuditLog.SIGN_IN_FAILED, address, "sign-in form not from this site, or expired");
            return redirectToForm(request, context, SignInForm.Notice.FORM_EXPIRED, Duration.ZERO);
        }
        Duration wait = throttle.waitRequired(username, address);
        if (!wait.isZero()) {
            // Same answer for every username, known or not: waiting reveals nothing about accounts.
            audit.record(username, AuditLog.SIGN_IN_FAILED, address, "throttled: " + wait.toSeconds() + " s to wait");
            return redirectToForm(request, context, SignInForm.Notice.WAIT, wait);
        }
        CredentialValidationResult result = identityStores.validate(new UsernamePasswordCredential(
                username, String.valueOf(request.getParameter("j_password"))));
        Optional<Account> account = result.getStatus() == CredentialValidationResult.Status.VALID
                ? accounts.findEnabled(result.getCallerPrincipal().getName()) : Optional.empty();
        if (account.isEmpty()) {
            throttle.failed(username, address);
            audit.record(username, AuditLog.SIGN_IN_FAILED, address, null);
            return redirectToForm(request, context, SignInForm.Notice.FAILED, Duration.ZERO);
        }
        throttle.succeeded(username, address);
        audit.record(username, AuditLog.SIGN_IN, address, null);
        if (request.getSession(false) != null) {
            request.changeSessionId();  // a session id seen before signing in is worth nothing after
        }
        HttpSession session = request.getSession();
        SignInForm.forgetToken(session);
        new StaffSession(account.get().getUsername(), account.get().sessionStamp(), account.get().getRole().name())
                .keepIn(session);
        // Continues to SignInServlet, which sends the member of staff where they were going.
        return context.notifyContainerAboutLogin(result);
    }

    private static AuthenticationStatus redirectToForm(HttpServletRequest request, HttpMessageContext context,
                                                       SignInForm.Notice notice, Duration wait) {
        SignInForm.tell(request.getSession(), notice, wait);
        return context.redirect(request.getContextPath() + LOGIN_PAGE);
    }

    private static boolean isSignInPost(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && request.getRequestURI().equals(request.getContextPath() + SIGN_IN_PATH);
    }
}
