package org.newsroom.web.faces;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.newsroom.news.edition.Edition;
import org.newsroom.news.refusal.Refusal;
import org.newsroom.news.refusal.Wording;
import org.newsroom.rates.desk.RateDecisionException;
import org.newsroom.web.editions.EditionTexts;
import org.newsroom.web.storage.StorageTrouble;

/**
 * Where every Faces page shows what a form post could not do, so no bean catches it: a {@link Refusal}
 * (and the rates desk's {@link RateDecisionException}) goes next to the field it names, or at the top of
 * the page; an EJB's "your role may not" at the top; the database being away (a restart, a dead
 * connection) as "Not saved… your text is still here" instead of an error page. The request counts as
 * failed validation, so the page is rendered again with everything that was typed: the values are in
 * the view and its beans already. Other failures go on to the default handler.
 * <p>
 * Everything is said in the view's language ({@link StaffTexts#currentLocale()}): a refusal by its own
 * bundle ({@link Refusal#messageIn}), the rest from the web bundle's {@code faces.*} keys. Beans that catch
 * a refusal themselves show it with {@link #said(Throwable)}.
 */
public class RefusalsShown extends ExceptionHandlerWrapper {

    static final String NOT_YOUR_ROLE = "faces.notYourRole";
    static final String NOT_SAVED = "faces.notSaved";
    private static final Logger LOG = Logger.getLogger(RefusalsShown.class.getName());

    public RefusalsShown(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.isPostback()) {
            for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
                Throwable failure = events.next().getContext().getException();
                Optional<FacesMessage> shown = messageFor(failure);
                if (shown.isPresent()) {
                    events.remove();
                    faces.addMessage(clientIdOf(faces, fieldOf(failure)), shown.get());
                    faces.validationFailed();
                }
            }
        }
        super.handle();
    }

    private static Optional<FacesMessage> messageFor(Throwable failure) {
        if (StorageTrouble.isIn(failure)) {
            LOG.log(Level.WARNING, "A form post met a storage failure; the page says so: "
                    + StorageTrouble.in(failure).map(Throwable::toString).orElse(""), failure);
            return Optional.of(error(StaffTexts.text(NOT_SAVED)));
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof Refusal || cause instanceof RateDecisionException) {
                return Optional.of(error(said(cause)));
            }
            if (cause instanceof EJBAccessException) {
                return Optional.of(error(StaffTexts.text(NOT_YOUR_ROLE)));
            }
        }
        return Optional.empty();
    }

    /**
     * A refusal's sentence in the view's language: a {@link Refusal} or the rates desk's
     * {@link RateDecisionException} by its bundle, anything else by its message.
     */
    public static String said(Throwable refused) {
        Locale language = StaffTexts.currentLocale();
        if (refused instanceof Refusal refusal) {
            return refusal.messageIn(language);
        }
        if (refused instanceof RateDecisionException decision) {
            return decision.messageIn(language);
        }
        return refused.getMessage();
    }

    /**
     * A refusal the web module itself words (a facade's, a resource's), from the web bundle: both staff
     * languages, so it is shown like any other (English in getMessage(), the view's language on a page).
     */
    public static Wording wording(String key, Object... arguments) {
        return Wording.translated(said(EditionTexts.of(Edition.EN), key, arguments),
                said(EditionTexts.of(Edition.RU), key, arguments));
    }

    private static String said(EditionTexts texts, String key, Object... arguments) {
        return arguments.length == 0 ? texts.text(key) : texts.format(key, arguments);
    }

    private static String fieldOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof Refusal refusal) {
                return refusal.field().orElse(null);
            }
        }
        return null;
    }

    /** The client id of the input whose id is the refused field ("title" in form "editor": "editor:title"), or null. */
    private static String clientIdOf(FacesContext faces, String field) {
        if (field == null || faces.getViewRoot() == null) {
            return null;
        }
        String[] found = new String[1];
        faces.getViewRoot().visitTree(VisitContext.createVisitContext(faces), (context, component) -> {
            if (component instanceof UIInput && field.equals(component.getId())) {
                found[0] = component.getClientId(faces);
                return VisitResult.COMPLETE;
            }
            return VisitResult.ACCEPT;
        });
        return found[0];
    }

    private static FacesMessage error(String text) {
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null);
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new RefusalsShown(getWrapped().getExceptionHandler());
        }
    }
}
