package org.newsroom.news.section;

import jakarta.ejb.ApplicationException;

/** A section change that cannot be made as asked (a blank or taken name, a taken web address…). */
@ApplicationException(rollback = true)
public class SectionRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SectionRejected(String message) {
        super(message);
    }
}
