package org.newsroom.web.http;

import java.util.ResourceBundle;
import org.newsroom.news.edition.Edition;

/**
 * What went wrong, in the site's words, for {@link ProblemServlet}: bundle keys
 * ({@code error.problem.*} of {@code org.newsroom.web.messages}), read in the language the servlet chose.
 */
record Problem(int status, String key, boolean expected) {

    private static final String BUNDLE = "org.newsroom.web.messages";

    static Problem of(int status, Throwable failure) {
        if (causedBy(failure, "ViewExpiredException")) {
            return new Problem(400, "expired", true);
        }
        // PrimeFaces refuses to render the answer to a form post whose nonce is not its view's (a post from outside
        // Newsroom's pages, or by a script): the sender's fault, so 400 and not logged as a failure of ours.
        if (causedBy(failure, "CspException")) {
            return new Problem(400, "formToken", true);
        }
        return switch (status) {
            case 401 -> new Problem(401, "signIn", false);
            case 403 -> new Problem(403, "forbidden", false);
            case 405 -> new Problem(405, "method", false);
            case 503 -> new Problem(503, "busy", false);
            default -> new Problem(status >= 400 ? status : 500, "failed", false);
        };
    }

    /** By simple name: Faces' and PrimeFaces' exceptions are not on the class path of every server's tests. */
    private static boolean causedBy(Throwable failure, String simpleName) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause.getClass().getSimpleName().equals(simpleName)) {
                return true;
            }
        }
        return false;
    }

    String title(Edition language) {
        return words(language).getString("error.problem." + key + ".title");
    }

    /** The sentence that says what happened and what to do; also the "error" of an API's JSON answer. */
    String explanation(Edition language) {
        return words(language).getString("error.problem." + key + ".text");
    }

    /** A small page of the site's own, in {@code language}: the stylesheet, the words, a way on. */
    String page(String contextPath, String requestUri, Edition language) {
        boolean staff = requestUri.startsWith(contextPath + "/newsroom");
        ResourceBundle words = words(language);
        String onward = staff ? "<a href=\"" + contextPath + "/newsroom/\">" + escape(words.getString("error.problem.newsroom")) + "</a>"
                : "<a href=\"" + contextPath + language.pathPrefix() + "/\">" + escape(words.getString("error.problem.homepage")) + "</a>";
        return "<!DOCTYPE html><html lang=\"" + language.code() + "\"><head><meta charset=\"UTF-8\"/>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
                + "<title>" + escape(title(language)) + " — Newsroom</title>"
                + "<link rel=\"stylesheet\" href=\"" + contextPath + "/jakarta.faces.resource/css/site.css.xhtml\"/>"
                + "</head><body class=\"site\"><header class=\"masthead\"><a class=\"masthead__name\" href=\""
                + contextPath + "/\">Newsroom</a></header><main id=\"main\" class=\"content\"><h1>" + escape(title(language))
                + "</h1><p>" + escape(explanation(language)) + "</p><p>" + onward + "</p></main></body></html>";
    }

    private static ResourceBundle words(Edition language) {
        return ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
