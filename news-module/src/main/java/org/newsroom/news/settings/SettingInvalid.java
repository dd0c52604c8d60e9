package org.newsroom.news.settings;

/** A setting that is set but cannot be used; the message names the variable and what it should be. */
public class SettingInvalid extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String variable;

    public SettingInvalid(String variable, String message) {
        super(message);
        this.variable = variable;
    }

    public String variable() {
        return variable;
    }
}
