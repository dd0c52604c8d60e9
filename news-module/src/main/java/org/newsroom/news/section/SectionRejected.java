package org.newsroom.news.section;

import org.newsroom.news.refusal.Refusal;

/** A section change that cannot be made as asked (a blank or taken name, a taken web address…). */
public class SectionRejected extends Refusal {

    private static final long serialVersionUID = 1L;

    public SectionRejected(String message) {
        super(Reason.INVALID, null, message);
    }
}
