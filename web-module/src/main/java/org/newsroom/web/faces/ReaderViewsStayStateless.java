package org.newsroom.web.faces;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * Readers' pages keep no state, so no session is made for a reader and the page cache can keep the page
 * (public.xhtml marks them {@code transient}). That mark is only read when the page is built for
 * rendering, and PrimeFaces decides where to keep a page's CSP nonce before then: in the view's map,
 * which for a view not (yet) transient lives in a new session. Marking every view outside the newsroom
 * transient as soon as it is restored keeps the nonce per response, as it is for every reader page.
 */
public class ReaderViewsStayStateless implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public void afterPhase(PhaseEvent event) {
        UIViewRoot view = event.getFacesContext().getViewRoot();
        if (view != null && !event.getFacesContext().isPostback() && view.getViewId() != null
                && !view.getViewId().startsWith("/newsroom/")) {
            view.setTransient(true);
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before RESTORE_VIEW
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }
}
