package org.newsroom.web.accounts.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.newsroom.news.account.Account;
import org.newsroom.news.account.StaffAccounts;

/**
 * The staff bar's "Interface language" choice: the signed-in member of staff picks the language of
 * their own newsroom pages. Each language is offered under its own name ("English", "Русский"), so
 * whoever cannot read the current one still finds theirs.
 */
@Named
@RequestScoped
public class InterfaceLanguageChoice {

    @Inject
    private StaffAccounts accounts;

    @Inject
    private StaffLanguage current;

    @Inject
    private HttpServletRequest request;

    private String language;

    public String getLanguage() {
        return language == null ? current.getCode() : language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public List<SelectItem> getChoices() {
        return Account.INTERFACE_LANGUAGES.stream().sorted().map(code -> {
            Locale locale = Locale.forLanguageTag(code);
            String name = locale.getDisplayLanguage(locale);
            return new SelectItem(code, name.substring(0, 1).toUpperCase(locale) + name.substring(1));
        }).toList();
    }

    /** Stores the choice and opens the same page again, now in that language (its words are rendered anew). */
    public void choose() throws IOException {
        accounts.chooseOwnInterfaceLanguage(getLanguage());
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String query = request.getQueryString();
        external.redirect(request.getRequestURI() + (query == null || query.isEmpty() ? "" : "?" + query));
    }
}
