package org.newsroom.web.faces;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.view.ViewMetadata;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/**
 * Staff forms post to their page's full address with its view parameters as they are now
 * (edit.xhtml?id=12, also right after a new article got its id), not to the bare edit.xhtml: a post
 * that arrives after the session ended can then be sent back to the same article after sign-in, and
 * the editor can show that address in the location bar. Registered in faces-config.xml; reader pages
 * have no Faces forms and are left alone.
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
        // Not getBookmarkableURL: Mojarra's asks the whole view-handler chain for the action URL again.
        StringJoiner query = new StringJoiner("&");
        for (UIViewParameter parameter : ViewMetadata.getViewParameters(context.getViewRoot())) {
            String value = parameter.getStringValue(context);
            if (value != null && !value.isEmpty()) {
                query.add(URLEncoder.encode(parameter.getName(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return query.length() == 0 ? url : url + "?" + query;
    }
}
