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

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (isSignInPost(request)) {
            CredentialValidationResult result = identityStores.validate(new UsernamePasswordCredential(
                    String.valueOf(request.getParameter("j_username")),
                    String.valueOf(request.getParameter("j_password"))));
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                if (request.getSession(false) != null) {
                    request.changeSessionId();  // a session id seen before signing in is worth nothing after
                }
                // Continues to SignInServlet, which sends the member of staff where they were going.
                return context.notifyContainerAboutLogin(result);
            }
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?failed=true");
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
        }
        return context.redirect(request.getContextPath() + LOGIN_PAGE);
    }

    private static boolean isSignInPost(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && request.getRequestURI().equals(request.getContextPath() + SIGN_IN_PATH);
    }
}
