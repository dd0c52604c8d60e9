package org.newsroom.web.storage;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A form posted while the database is away (a restart, a dead connection) gets the page back with
 * "Not saved… your text is still here" instead of an error page: the values typed are in the view
 * and its beans already, so re-rendering the form keeps them. Other failures go on to the default.
 */
public class StorageTroubleExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(StorageTroubleExceptionHandler.class.getName());

    public StorageTroubleExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.isPostback()) {
            for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
                Throwable failure = events.next().getContext().getException();
                if (StorageTrouble.isIn(failure)) {
                    events.remove();
                    LOG.log(Level.WARNING, "A form post met a storage failure; the page says so: "
                            + StorageTrouble.in(failure).map(Throwable::toString).orElse(""), failure);
                    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, StorageTrouble.NOT_SAVED, null));
                    faces.validationFailed();
                }
            }
        }
        super.handle();
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new StorageTroubleExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
