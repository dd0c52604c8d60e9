package org.newsroom.web.faces;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Staff forms post to their page's full address, query included (edit.xhtml?id=12, not edit.xhtml):
 * a post that arrives after the session ended can then be sent back to the same article after sign-in.
 * Registered in faces-config.xml; reader pages have no Faces forms and are left alone.
 */
public class StaffActionUrls extends ViewHandlerWrapper {

    public StaffActionUrls(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String url = getWrapped().getActionURL(context, viewId);
        if (viewId == null || !viewId.startsWith("/newsroom/") || context.getViewRoot() == null
                || !viewId.equals(context.getViewRoot().getViewId()) || url.contains("?")) {
            return url;
        }
        String query = ((HttpServletRequest) context.getExternalContext().getRequest()).getQueryString();
        if (query == null) {
            return url;
        }
        String kept = String.join("&", java.util.Arrays.stream(query.split("&"))
                .filter(part -> !part.isEmpty() && !part.startsWith("expired=") && !part.startsWith("restored="))
                .toList());
        return kept.isEmpty() ? url : url + "?" + kept;
    }
}
