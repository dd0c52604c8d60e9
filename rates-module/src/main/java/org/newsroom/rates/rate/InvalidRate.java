package org.newsroom.rates.rate;

/**
 * A rate staff typed or decided that is not acceptable, in words they can be shown in their language:
 * an {@link IllegalArgumentException} for the entity's callers, with the {@link RateWording} the desk shows.
 */
public class InvalidRate extends IllegalArgumentException implements RateWording.Worded {

    private static final long serialVersionUID = 1L;

    private final RateWording wording;

    public InvalidRate(RateWording wording) {
        super(wording.english());
        this.wording = wording;
    }

    @Override
    public RateWording wording() {
        return wording;
    }
}
