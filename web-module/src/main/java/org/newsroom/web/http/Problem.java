package org.newsroom.web.http;

/** What went wrong, in the site's words, for {@link ProblemServlet}. */
record Problem(int status, String title, String explanation, boolean expired) {

    static Problem of(int status, Throwable failure) {
        if (isViewExpired(failure)) {
            return new Problem(400, "This page had expired",
                    "The page was open too long, or you were signed out meanwhile, so what it sent could not be used."
                            + " Anything you saved or that was autosaved is kept: open the article again.", true);
        }
        return switch (status) {
            case 401 -> new Problem(401, "Sign in first", "This needs a newsroom account: sign in and try again.", false);
            case 403 -> new Problem(403, "Not allowed", "Your account may not do this, or the request did not come from"
                    + " Newsroom's own pages.", false);
            case 405 -> new Problem(405, "Not allowed", "This address does not take that kind of request.", false);
            case 503 -> new Problem(503, "Back in a moment", "The site is busy or restarting; try again in a minute.", false);
            default -> new Problem(status >= 400 ? status : 500, "Something went wrong",
                    "Something went wrong on our side; it has been logged. Try again in a minute.", false);
        };
    }

    private static boolean isViewExpired(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause.getClass().getName().endsWith("ViewExpiredException")) {
                return true;
            }
        }
        return false;
    }

    /** A small page of the site's own: the stylesheet, the words, a way on. */
    String page(String contextPath, String requestUri) {
        boolean staff = requestUri.startsWith(contextPath + "/newsroom");
        String onward = staff ? "<a href=\"" + contextPath + "/newsroom/\">Back to the newsroom</a>"
                : "<a href=\"" + contextPath + "/\">Go to the homepage</a>";
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"/>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
                + "<title>" + escape(title) + " — Newsroom</title>"
                + "<link rel=\"stylesheet\" href=\"" + contextPath + "/jakarta.faces.resource/css/site.css.xhtml\"/>"
                + "</head><body class=\"site\"><header class=\"masthead\"><a class=\"masthead__name\" href=\""
                + contextPath + "/\">Newsroom</a></header><main id=\"main\" class=\"content\"><h1>" + escape(title)
                + "</h1><p>" + escape(explanation) + "</p><p>" + onward + "</p></main></body></html>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
