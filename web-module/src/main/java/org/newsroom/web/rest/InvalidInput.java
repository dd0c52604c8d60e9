package org.newsroom.web.rest;

/** A request whose JSON or parameters are not what the API takes; answered 400 naming the field. */
public class InvalidInput extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    /** @param field the JSON member or parameter at fault, or null when it is the body as a whole */
    public InvalidInput(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
