package org.newsroom.rates.settings;

import java.util.Map;

/**
 * Where settings are read from: the process environment in production, a plain map in tests, so that
 * no test depends on (or has to change) the environment it runs in.
 */
@FunctionalInterface
public interface SettingsSource {

    /** @return the setting's text, or null when it is not set */
    String get(String name);

    static SettingsSource environment() {
        return System::getenv;
    }

    static SettingsSource of(Map<String, String> values) {
        return Map.copyOf(values)::get;
    }
}
