package org.newsroom.news.account;

import org.newsroom.news.refusal.Refusal;
import org.newsroom.news.refusal.Wording;

/** An account change that cannot be made as asked (a taken username, a short password…). */
public class AccountRejected extends Refusal {

    private static final long serialVersionUID = 1L;

    public AccountRejected(Wording wording) {
        super(Reason.INVALID, null, wording);
    }
}
