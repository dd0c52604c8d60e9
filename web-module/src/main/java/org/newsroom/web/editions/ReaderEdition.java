package org.newsroom.web.editions;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDateTime;
import java.util.Locale;
import org.newsroom.news.edition.Edition;
import org.newsroom.web.http.OutletTime;

/**
 * The edition a reader's page belongs to, for pages ({@code #{edition…}}) and beans: the one its address
 * is under (/ru/… is Russian, everything else English), unless the page has said otherwise (an article is
 * in its own language's edition whatever address reached it). Decided per request from the address the
 * reader asked for — also behind a forward or an error page — never from the browser's languages, so a
 * cached page is the same for everyone.
 */
@Named("edition")
@RequestScoped
public class ReaderEdition {

    /** Request attribute: the edition a filter or page decided on, which wins over the address. */
    public static final String ATTRIBUTE = "org.newsroom.web.edition";

    @Inject
    private HttpServletRequest request;

    public static Edition of(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof Edition decided) {
            return decided;
        }
        Object error = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String uri = error != null ? (String) error : forwarded != null ? (String) forwarded : request.getRequestURI();
        String context = request.getContextPath();
        return ofPath(uri.startsWith(context) ? uri.substring(context.length()) : uri);
    }

    /** The edition of a path inside the site ("/ru/kazakhstan" is Russian, "/kazakhstan" English). */
    public static Edition ofPath(String path) {
        for (Edition edition : Edition.values()) {
            String prefix = edition.pathPrefix();
            if (!prefix.isEmpty() && (path.equals(prefix) || path.startsWith(prefix + "/"))) {
                return edition;
            }
        }
        return Edition.EN;
    }

    /** The page says which edition it is in (an article: its language's). */
    public static void decide(HttpServletRequest request, Edition edition) {
        request.setAttribute(ATTRIBUTE, edition);
    }

    public Edition getEdition() {
        return of(request);
    }

    /** For {@code <html lang>} and {@code hreflang}. */
    public String getCode() {
        return getEdition().code();
    }

    /** For {@code f:view locale}: which bundle the page's {@code #{msg[…]}} read. */
    public Locale getLocale() {
        return getEdition().locale();
    }

    public EditionTexts getTexts() {
        return EditionTexts.of(getEdition());
    }

    /** The edition's addresses inside the site start with this: "" or "/ru", after the context path. */
    public String getPrefix() {
        return request.getContextPath() + getEdition().pathPrefix();
    }

    /** The edition's homepage: "/" or "/ru/". */
    public String getHome() {
        return getPrefix() + "/";
    }

    /** The other edition's homepage, which every homepage links to. */
    public String getOtherHome() {
        return request.getContextPath() + getEdition().other().pathPrefix() + "/";
    }

    public String getOtherCode() {
        return getEdition().other().code();
    }

    public String getSiteName() {
        return EditionSettings.Configured.NAMES.get(getEdition());
    }

    public String getTagline() {
        return EditionSettings.Configured.TAGLINES.get(getEdition());
    }

    /** "20 февраля 2026" */
    public String dateHeading(LocalDateTime utc) {
        return getTexts().dateHeading(utc, OutletTime.zone());
    }

    /** "24 мая 2026": a rate's effective day. */
    public String day(java.time.LocalDate day) {
        return getTexts().day(day);
    }

    /** "Показаны 1–6 из 54 материалов" */
    public String results(long first, long last, long total) {
        return getTexts().results(first, last, total);
    }

    /** An ICU message of the edition's bundle with one argument ("No articles in {0} yet."). */
    public String format(String key, Object argument) {
        return getTexts().format(key, argument);
    }

    /** The same with two arguments (EL calls no varargs methods reliably on every server). */
    public String format(String key, Object first, Object second) {
        return getTexts().format(key, first, second);
    }
}
