package org.newsroom.news.account;

import jakarta.ejb.ApplicationException;

/** An account change that cannot be made as asked (a taken username, a short password…). */
@ApplicationException(rollback = true)
public class AccountRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccountRejected(String message) {
        super(message);
    }
}
