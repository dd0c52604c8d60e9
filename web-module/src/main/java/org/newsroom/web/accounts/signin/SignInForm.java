package org.newsroom.web.accounts.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import org.newsroom.news.edition.Edition;
import org.newsroom.web.editions.EditionTexts;

/**
 * The sign-in form's two pieces of state, both kept in the (not yet signed-in) session rather than in
 * the address: a one-use token the form carries, so no other site can sign a browser in to an account
 * of its choosing (login CSRF), and the notice to show after a refused attempt (the wait is the
 * server's own figure; nothing from the address bar is shown).
 */
@Named("signInForm")
@RequestScoped
public class SignInForm {

    public enum Notice { FAILED, WAIT, FORM_EXPIRED }

    private record Told(Notice notice, long waitSeconds) implements Serializable {
    }

    static final String TOKEN_FIELD = "signin_token";
    private static final String TOKEN = SignInForm.class.getName() + ".token";
    private static final String TOLD = SignInForm.class.getName() + ".told";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private HttpServletRequest request;

    @Inject
    private StaffLanguage language;

    private Told told;

    /** The token for the form being shown; made once per session, so two open tabs both work. */
    public String getToken() {
        HttpSession session = request.getSession();
        Object token = session.getAttribute(TOKEN);
        if (token instanceof String existing) {
            return existing;
        }
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String fresh = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        session.setAttribute(TOKEN, fresh);
        return fresh;
    }

    public String getTokenField() {
        return TOKEN_FIELD;
    }

    public boolean isFailed() {
        return told() != null && told().notice() == Notice.FAILED;
    }

    public boolean isExpired() {
        return told() != null && told().notice() == Notice.FORM_EXPIRED;
    }

    /** Seconds to wait before the next try; 0 when there is nothing to wait for. */
    public long getWaitSeconds() {
        return told() != null && told().notice() == Notice.WAIT ? told().waitSeconds() : 0;
    }

    /** "Too many failed sign-ins: wait 30 seconds…", in the page's language (plural by its rules). */
    public String getWaitMessage() {
        // The page's own language (web.faces.StaffTexts reads it from the view; this package sits below web.faces).
        return EditionTexts.of(Edition.ofLanguage(language.getCode())).format("staff.signIn.wait", getWaitSeconds());
    }

    /** Read once: a reload of the form after a refusal shows a clean form. */
    private Told told() {
        if (told == null) {
            HttpSession session = request.getSession(false);
            if (session != null && session.getAttribute(TOLD) instanceof Told notice) {
                told = notice;
                session.removeAttribute(TOLD);
            }
        }
        return told;
    }

    static boolean tokenMatches(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String sent = request.getParameter(TOKEN_FIELD);
        Object expected = session == null ? null : session.getAttribute(TOKEN);
        return sent != null && expected instanceof String token
                && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }

    static void forgetToken(HttpSession session) {
        session.removeAttribute(TOKEN);
    }

    static void tell(HttpSession session, Notice notice, Duration wait) {
        session.setAttribute(TOLD, new Told(notice, Math.max(notice == Notice.WAIT ? 1 : 0, wait.toSeconds())));
    }
}
