package org.newsroom.rates.desk;

import jakarta.ejb.ApplicationException;

/**
 * A staff action on rates that cannot be done as asked (the held rate was decided by someone else
 * meanwhile, a reason is missing…). Reaches the caller as it is, not wrapped in an EJBException, so the
 * page can show the message; the transaction is rolled back.
 */
@ApplicationException(rollback = true)
public class RateDecisionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RateDecisionException(String message) {
        super(message);
    }
}
