package org.newsroom.rates.desk;

import jakarta.ejb.ApplicationException;
import java.util.Locale;
import org.newsroom.rates.rate.RateWording;

/**
 * A staff action on rates that cannot be done as asked (the held rate was decided by someone else
 * meanwhile, a reason is missing…). Reaches the caller as it is, not wrapped in an EJBException, so the
 * page can show the message (in the staff member's language: {@link #messageIn}); the transaction is rolled back.
 */
@ApplicationException(rollback = true)
public class RateDecisionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final RateWording wording;

    public RateDecisionException(RateWording wording) {
        super(wording.english());
        this.wording = wording;
    }

    /** The sentence in {@code locale}'s language (English where the bundle has no such language). */
    public String messageIn(Locale locale) {
        return wording.in(locale);
    }

    public RateWording wording() {
        return wording;
    }
}
