package org.newsroom.web.accounts.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;

/**
 * What a staff session remembers of its sign-in: who, and the account's session stamp at that moment
 * (see {@code Account.sessionStamp()}). The role and the enabled flag are read afresh on every request,
 * so a demotion, a disabled account or a password reset takes effect at once; {@code lastKnownRole} is
 * used only while the database cannot be asked (a restart), when nothing can be changed anyway and the
 * editor must still reach the page that says "Not saved" and keeps their text.
 */
record StaffSession(String username, String stamp, String lastKnownRole) implements Serializable {

    private static final String ATTRIBUTE = StaffSession.class.getName();

    static Optional<StaffSession> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(ATTRIBUTE) instanceof StaffSession remembered
                ? Optional.of(remembered) : Optional.empty();
    }

    void keepIn(HttpSession session) {
        session.setAttribute(ATTRIBUTE, this);
    }

    /** Ends the whole session (its Faces views and autosaves with it), as signing out does. */
    static void end(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalid) {
                // ended by a concurrent request: nothing left to do
            }
        }
    }
}
