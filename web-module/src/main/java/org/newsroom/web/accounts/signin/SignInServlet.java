package org.newsroom.web.accounts.signin;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Where the sign-in form posts. By the time this runs, {@link SignInMechanism} has signed the
 * member of staff in; this only sends them on to the page they asked for (never off the site).
 */
@WebServlet(SignInMechanism.SIGN_IN_PATH)
public class SignInServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession();
        Object wanted = session.getAttribute(SignInMechanism.RETURN_TO);
        session.removeAttribute(SignInMechanism.RETURN_TO);
        String home = request.getContextPath() + "/newsroom/";
        String target = wanted instanceof String path && path.startsWith(request.getContextPath() + "/")
                && !path.startsWith("//") ? path : home;
        response.sendRedirect(target);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + SignInMechanism.LOGIN_PAGE);
    }
}
