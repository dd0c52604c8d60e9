package org.newsroom.news.section;

import org.newsroom.news.refusal.Refusal;
import org.newsroom.news.refusal.Wording;

/** A section change that cannot be made as asked (a blank or taken name, a taken web address…). */
public class SectionRejected extends Refusal {

    private static final long serialVersionUID = 1L;

    public SectionRejected(Wording wording) {
        super(Reason.INVALID, null, wording);
    }
}
