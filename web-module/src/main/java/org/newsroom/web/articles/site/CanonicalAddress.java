package org.newsroom.web.articles.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.newsroom.news.article.ListingEntry;
import org.newsroom.web.editions.ReaderEdition;
import org.newsroom.web.http.Permalinks;
import org.newsroom.web.http.SiteAddresses;
import org.newsroom.web.http.TrackingParameters;

/**
 * The canonical address of a homepage or listing page: the address the reader asked for (/tag/тенге, not the
 * listing page it was forwarded to) with its own parameters (?page=2) but without a tracker's (fbclid, utm_*).
 * Articles name theirs from the slug ({@code ArticlePage}).
 */
@Named
@RequestScoped
public class CanonicalAddress {

    private static final String TAG_PATH = "/tag/";

    public String getUrl() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        Object forwardedFrom = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String uri = forwardedFrom != null ? (String) forwardedFrom : request.getRequestURI();
        String query = TrackingParameters.strip(forwardedFrom != null
                ? (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING) : request.getQueryString());
        String path = uri.substring(request.getContextPath().length());
        String prefix = ReaderEdition.ofPath(path).pathPrefix();
        path = path.substring(prefix.length());
        if (path.isEmpty() || "/index.xhtml".equals(path)) {
            path = "/";
        } else if (path.startsWith(TAG_PATH)) {
            // one tag, one address: /tag/Тенге and /tag/тенге show one list, whose address is the lower-case one
            path = ReadableAddress.decoded(path.substring(TAG_PATH.length()))
                    .map(tag -> TAG_PATH + Permalinks.encodeSegment(ListingEntry.tagKey(tag))).orElse(path);
        }
        return SiteAddresses.of(request).absolute(prefix + path) + (query == null ? "" : "?" + query);
    }
}
