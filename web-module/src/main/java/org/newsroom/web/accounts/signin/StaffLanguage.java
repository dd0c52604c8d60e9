package org.newsroom.web.accounts.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Locale;

/**
 * The language of the staff pages ({@code #{staffLanguage.locale}} on the staff template's f:view):
 * before signing in, the browser's preferred one of the supported languages (faces-config's
 * locale-config: en, ru); signed in, the account's own interface language. Independent of the
 * language of the article being edited.
 */
@Named("staffLanguage")
@RequestScoped
public class StaffLanguage {

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            FacesContext context = FacesContext.getCurrentInstance();
            locale = context.getApplication().getViewHandler().calculateLocale(context);
        }
        return locale;
    }

    /** "en" or "ru", for the page's lang attribute. */
    public String getCode() {
        return getLocale().getLanguage();
    }
}
