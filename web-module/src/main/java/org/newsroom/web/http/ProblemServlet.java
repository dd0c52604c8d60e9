package org.newsroom.web.http;

import jakarta.json.Json;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.newsroom.news.edition.Edition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The error page for 401, 403, 405, 500, 503 and any exception (web.xml): JSON for the APIs, a plain page
 * of the site's own for people. It is written here rather than by Faces so it still works when what failed
 * was Faces itself, and it never names the server, a version or an exception class (those go to the log).
 */
@WebServlet("/problem")
public class ProblemServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ProblemServlet.class.getName());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number ? number : HttpServletResponse.SC_NOT_FOUND;
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        Problem problem = Problem.of(status, failure);
        if (failure != null && !problem.expected()) {
            LOG.log(Level.SEVERE, "Unexpected failure answering " + uri, failure);
        }
        Edition language = languageOf(request, uri);
        response.setStatus(problem.status());
        response.setHeader("Content-Language", language.code());
        response.setCharacterEncoding("UTF-8");
        if (uri.startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/json");
            response.getOutputStream().write(Json.createObjectBuilder().add("error", problem.explanation(language)).build()
                    .toString().getBytes(StandardCharsets.UTF_8));
            return;
        }
        response.setContentType("text/html");
        response.getOutputStream().write(problem.page(request.getContextPath(), uri, language).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Staff pages and the APIs answer in the language the browser prefers of the staff languages (en, ru),
     * as the staff pages do before an account chooses one; a reader's page in its edition's language
     * ("/ru/…" Russian).
     */
    static Edition languageOf(HttpServletRequest request, String uri) {
        String path = uri.startsWith(request.getContextPath()) ? uri.substring(request.getContextPath().length()) : uri;
        if (path.startsWith("/newsroom") || path.startsWith("/api/")) {
            for (Locale preferred : Collections.list(request.getLocales())) {
                if (Edition.ofCode(preferred.getLanguage()).isPresent()) {
                    return Edition.ofCode(preferred.getLanguage()).get();
                }
            }
            return Edition.EN;
        }
        for (Edition edition : Edition.values()) {
            String prefix = edition.pathPrefix();
            if (!prefix.isEmpty() && (path.equals(prefix) || path.startsWith(prefix + "/"))) {
                return edition;
            }
        }
        return Edition.EN;
    }
}
