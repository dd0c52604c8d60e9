package org.newsroom.web.articles.feeds;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.newsroom.web.http.SiteAddresses;

/** /robots.txt, with absolute Sitemap lines for the host the crawler asked. */
@WebServlet(name = "RobotsServlet", urlPatterns = "/robots.txt")
public class RobotsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int MAX_AGE_SECONDS = 86_400;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        CacheableResponse.sendText(request, response, RobotsTxt.of(SiteAddresses.of(request)), MAX_AGE_SECONDS);
    }
}
