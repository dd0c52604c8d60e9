package org.newsroom.news.media;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.newsroom.news.settings.Settings;

/**
 * Where images are stored and how big they may be, from the environment:
 * <ul>
 * <li>{@value #DATA_DIR_VARIABLE}: the data directory (default {@code ~/.newsroom}, i.e. the system property
 *     {@code user.home} + {@code /.newsroom}); images go in its {@value #MEDIA_FOLDER} folder. Instances that
 *     share a database must share this folder too (a network volume), or some will answer 404 for images.</li>
 * <li>{@value #MAX_MB_VARIABLE}: the largest upload in megabytes (default {@value #DEFAULT_MAX_MB}).</li>
 * </ul>
 * A value that is set but unusable is refused with a message naming the variable, not replaced by the default.
 */
public final class MediaSettings {

    public static final String DATA_DIR_VARIABLE = "NEWSROOM_DATA_DIR";
    public static final String MAX_MB_VARIABLE = "NEWSROOM_MEDIA_MAX_MB";
    public static final String MAX_MEGAPIXELS_VARIABLE = "NEWSROOM_MEDIA_MAX_MEGAPIXELS";
    /** 50 million pixels: a full-frame camera's photo fits, a decompression bomb does not. */
    public static final int DEFAULT_MAX_MEGAPIXELS = 50;
    public static final int LARGEST_MAX_MEGAPIXELS = 400;
    public static final String MEDIA_FOLDER = "media";
    public static final int DEFAULT_MAX_MB = 10;
    /** Uploads are held in memory while checked and stored; beyond this a setting is surely a mistake. */
    public static final int LARGEST_MAX_MB = 200;
    private static final long MB = 1024L * 1024;

    private MediaSettings() {
    }

    /** The media folder from the process environment and system properties. */
    public static Path mediaDirectory() {
        return mediaDirectory(System::getenv, System.getProperty("user.home"));
    }

    /** The data directory itself (the media folder's parent) from the process environment and system properties. */
    public static Path dataDirectory() {
        return mediaDirectory().getParent();
    }

    /** The largest upload from the process environment. */
    public static long maxBytes() {
        return maxBytesFrom(Settings.fromConfig());
    }

    /** The most pixels an image may have (width × height) from the process environment. */
    public static long maxPixels() {
        return maxPixelsFrom(Settings.fromConfig());
    }

    /** @param setting the variable's value, null when unset */
    static long maxPixels(String setting) {
        return maxPixelsFrom(Settings.from(name -> setting));
    }

    static long maxPixelsFrom(Settings settings) {
        return settings.wholeNumber(MAX_MEGAPIXELS_VARIABLE, "megapixels", DEFAULT_MAX_MEGAPIXELS, 1,
                LARGEST_MAX_MEGAPIXELS) * 1_000_000L;
    }

    /**
     * @param environment variable name → value, null when unset
     * @param userHome    the {@code user.home} system property
     */
    static Path mediaDirectory(UnaryOperator<String> environment, String userHome) {
        String configured = environment.apply(DATA_DIR_VARIABLE);
        try {
            Path dataDirectory = configured == null || configured.isBlank()
                    ? Path.of(userHome, ".newsroom")
                    : Path.of(configured.strip());
            return dataDirectory.toAbsolutePath().normalize().resolve(MEDIA_FOLDER);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException(DATA_DIR_VARIABLE + " is \"" + configured + "\"; expected a directory", e);
        }
    }

    /** @param setting the variable's value, null when unset */
    static long maxBytes(String setting) {
        return maxBytesFrom(Settings.from(name -> setting));
    }

    static long maxBytesFrom(Settings settings) {
        return settings.wholeNumber(MAX_MB_VARIABLE, "megabytes", DEFAULT_MAX_MB, 1, LARGEST_MAX_MB) * MB;
    }
}
