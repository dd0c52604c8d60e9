package org.newsroom.web.faces;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Iterator;
import org.newsroom.web.accounts.signin.SessionEnded;

/**
 * A form posted to a view the server no longer has (the session ended and the member of staff signed in
 * again, or the server restarted) opens the same page again, marked {@link SessionEnded#MARK}, instead
 * of the server's error page: the page says what happened and offers the autosaved text. Registered in
 * faces-config.xml.
 */
public class ExpiredViews extends ExceptionHandlerFactory {

    public ExpiredViews(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext faces = FacesContext.getCurrentInstance();
            for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
                if (expired(events.next().getContext().getException()) && !faces.getResponseComplete()) {
                    events.remove();
                    var external = faces.getExternalContext();
                    try {
                        external.redirect(SessionEnded.pageOf((HttpServletRequest) external.getRequest()));
                    } catch (IOException failed) {
                        throw new FacesException(failed);
                    }
                    faces.responseComplete();
                }
            }
            getWrapped().handle();
        }

        private static boolean expired(Throwable thrown) {
            for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
                if (cause instanceof ViewExpiredException) {
                    return true;
                }
            }
            return false;
        }
    }
}
