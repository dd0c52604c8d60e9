package org.newsroom.rates.held;

import org.newsroom.rates.rate.RateWording;

/** A held rate somebody has confirmed or rejected already: still an {@link IllegalStateException}, worded for staff. */
public class DecidedAlready extends IllegalStateException implements RateWording.Worded {

    private static final long serialVersionUID = 1L;

    private final RateWording wording;

    public DecidedAlready(RateWording wording) {
        super(wording.english());
        this.wording = wording;
    }

    @Override
    public RateWording wording() {
        return wording;
    }
}
