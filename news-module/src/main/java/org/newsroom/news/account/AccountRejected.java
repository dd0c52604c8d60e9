package org.newsroom.news.account;

import org.newsroom.news.refusal.Refusal;

/** An account change that cannot be made as asked (a taken username, a short password…). */
public class AccountRejected extends Refusal {

    private static final long serialVersionUID = 1L;

    public AccountRejected(String message) {
        super(Reason.INVALID, null, message);
    }
}
