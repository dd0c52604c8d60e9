package org.newsroom.rates.settings;

import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where settings are read from: the server's configuration in production, a plain map in tests, so that
 * no test depends on (or has to change) the environment it runs in.
 */
@FunctionalInterface
public interface SettingsSource {

    /** @return the setting's text, or null when it is not set */
    String get(String name);

    /**
     * The server's settings: environment variables, then {@code -D} system properties, through
     * MicroProfile Config (which Payara and WildFly ship), as the news and web modules read theirs.
     * Outside a server (unit tests) there is no Config implementation; the same two are read directly.
     */
    static SettingsSource environment() {
        return name -> {
            try {
                return ConfigProvider.getConfig().getOptionalValue(name, String.class).orElse(null);
            } catch (IllegalStateException | java.util.ServiceConfigurationError | LinkageError noImplementation) {
                String value = System.getenv(name);
                return value != null ? value : System.getProperty(name);
            }
        };
    }

    static SettingsSource of(Map<String, String> values) {
        return Map.copyOf(values)::get;
    }
}
