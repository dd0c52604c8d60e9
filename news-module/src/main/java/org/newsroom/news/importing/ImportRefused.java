package org.newsroom.news.importing;

/** An import cannot start or change as asked; the message says why, and {@link #field()} which input is at fault. */
public class ImportRefused extends RuntimeException {

    private final String field;

    public ImportRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
