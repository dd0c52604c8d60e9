package org.newsroom.web.accounts.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/** Ends the staff session. */
@Named
@RequestScoped
public class SignOut {

    @Inject
    private HttpServletRequest request;

    public String signOut() throws ServletException {
        request.logout();
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return "/index.xhtml?faces-redirect=true";
    }
}
