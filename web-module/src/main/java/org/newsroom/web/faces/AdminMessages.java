package org.newsroom.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** How the admin pages answer: done and refused at the top, refusals of a form or field next to it. */
public final class AdminMessages {

    private AdminMessages() {
    }

    public static void done(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public static void refused(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, null));
    }

    /**
     * The reason goes next to the form or field (a client id such as "create" or "create:confirm"),
     * and the request counts as failed validation, so what was typed stays and a dialog stays open.
     */
    public static void keepTyped(String clientId, String reason) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, reason, reason));
        context.validationFailed();
    }
}
