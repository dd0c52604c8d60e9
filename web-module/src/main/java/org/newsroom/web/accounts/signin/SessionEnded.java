package org.newsroom.web.accounts.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What happens to a newsroom form that arrives after its session ended (a sleeping laptop, a restarted
 * server, a sign-in in another tab): the member of staff is sent back to the same page, marked
 * {@value #MARK}, which the page reads to say what happened and to offer the autosaved text.
 */
public final class SessionEnded {

    /** The query parameter that marks a page opened again because its session had ended. */
    public static final String MARK = "expired=1";

    private SessionEnded() {
    }

    /** The page the form was on, with its query (the staff pages' forms keep it), marked. */
    public static String pageOf(HttpServletRequest request) {
        String query = request.getQueryString();
        String kept = query == null ? "" : Arrays.stream(query.split("&"))
                .filter(part -> !part.isEmpty() && !part.startsWith("expired=") && !part.startsWith("restored="))
                .collect(Collectors.joining("&"));
        return request.getRequestURI() + "?" + (kept.isEmpty() ? "" : kept + "&") + MARK;
    }

    /** Whether this is a Faces ajax request, which needs its redirect as a partial response. */
    public static boolean isFacesAjax(HttpServletRequest request) {
        return "partial/ajax".equals(request.getHeader("Faces-Request"));
    }

    /** Tells a Faces ajax request to go to {@code url} (a plain 302 would be taken as the partial response). */
    public static void ajaxRedirect(HttpServletResponse response, String url) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                + url.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;") + "\"/></partial-response>");
    }
}
