package org.newsroom.web.accounts.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;

/**
 * The language of the staff pages ({@code #{staffLanguage.locale}} on the staff template's f:view):
 * signed in, the account's own interface language (read per request with the account, so the session
 * holds nothing more and a change shows on the next page); before signing in, the browser's preferred
 * one of the supported languages (faces-config's locale-config: en, ru). Independent of the language
 * of the article being edited.
 */
@Named("staffLanguage")
@RequestScoped
public class StaffLanguage {

    @Inject
    private SignedInStaff staff;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = staff.interfaceLanguage().map(Locale::forLanguageTag).orElseGet(StaffLanguage::browsers);
        }
        return locale;
    }

    /** "en" or "ru", for the page's lang attribute. */
    public String getCode() {
        return getLocale().getLanguage();
    }

    private static Locale browsers() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getApplication().getViewHandler().calculateLocale(context);
    }
}
