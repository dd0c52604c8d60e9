package org.newsroom.news.settings;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The one way a {@code NEWSROOM_*} setting is read: by its variable's name, through MicroProfile Config
 * (which both Payara and WildFly ship: environment variables, then {@code -D} system properties), parsed
 * and checked once when the feature that uses it starts. A value that is set but unusable is never
 * replaced by the default: it is refused with {@link SettingInvalid}, whose message names the variable,
 * and the start fails on it. Unset or blank means the default.
 */
public final class Settings {

    private final UnaryOperator<String> source;

    private Settings(UnaryOperator<String> source) {
        this.source = source;
    }

    /**
     * The running server's settings. Outside a server (unit tests, the backup command) there is no
     * MicroProfile Config implementation; then the same two places are read directly, in the same order.
     */
    public static Settings fromConfig() {
        return new Settings(name -> {
            try {
                return ConfigProvider.getConfig().getOptionalValue(name, String.class).orElse(null);
            } catch (IllegalStateException | ServiceConfigurationError | LinkageError noImplementation) {
                String value = System.getenv(name);
                return value != null ? value : System.getProperty(name);
            }
        });
    }

    /** Settings from a map (unit tests, tools that run outside a server). */
    public static Settings of(Map<String, String> values) {
        return new Settings(values::get);
    }

    /** Settings from any lookup, e.g. {@code System::getenv} for a command-line tool. */
    public static Settings from(UnaryOperator<String> lookup) {
        return new Settings(lookup);
    }

    /** The value exactly as set (a password: spaces are its own), or null when unset. */
    public String exactly(String variable) {
        return source.apply(variable);
    }

    /** The value as set, stripped; null when unset or blank. */
    public String text(String variable) {
        String value = source.apply(variable);
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String text(String variable, String fallback) {
        String value = text(variable);
        return value == null ? fallback : value;
    }

    /**
     * A whole number from {@code min} to {@code max}.
     *
     * @param unit how the refusal names what is counted: "kilobytes", "seconds"…
     */
    public int wholeNumber(String variable, String unit, int fallback, int min, int max) {
        String value = text(variable);
        if (value == null) {
            return fallback;
        }
        int number;
        try {
            number = Integer.parseInt(value);
        } catch (NumberFormatException notANumber) {
            throw invalid(variable, value, "whole " + unit + " from " + min + " to " + max + ", e.g. " + fallback);
        }
        if (number < min || number > max) {
            throw invalid(variable, value, "whole " + unit + " from " + min + " to " + max + ", e.g. " + fallback);
        }
        return number;
    }

    /** "on" or "off" (also true/false, yes/no). */
    public boolean onOff(String variable, boolean fallback) {
        String value = text(variable);
        if (value == null) {
            return fallback;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "on", "true", "yes" -> true;
            case "off", "false", "no" -> false;
            default -> throw invalid(variable, value, "on or off");
        };
    }

    /** A time-zone id such as Asia/Almaty. */
    public ZoneId zone(String variable, ZoneId fallback) {
        String value = text(variable);
        if (value == null) {
            return fallback;
        }
        try {
            return ZoneId.of(value);
        } catch (DateTimeException unknown) {
            throw invalid(variable, value, "a time-zone id such as Asia/Almaty");
        }
    }

    /** The refusal for a value this class has no parser for; the message has the same shape as the others. */
    public static SettingInvalid invalid(String variable, String value, String expected) {
        return new SettingInvalid(variable, variable + " is \"" + value + "\"; expected " + expected);
    }
}
