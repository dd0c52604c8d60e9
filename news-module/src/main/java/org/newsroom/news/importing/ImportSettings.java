package org.newsroom.news.importing;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.function.UnaryOperator;
import org.newsroom.news.article.PermalinkPattern;
import org.newsroom.news.edition.Edition;
import org.newsroom.news.media.MediaSettings;

/**
 * The import's settings, from the environment: the largest export that may be uploaded
 * ({@value #MAX_MB_VARIABLE}, default {@value #DEFAULT_MAX_MB} MB; bigger files are named by their path on
 * the server), the articles' address pattern ({@value #PERMALINKS_VARIABLE}) and the outlet's zone.
 * A bad value is an {@link IllegalArgumentException} naming the variable.
 */
public final class ImportSettings {

    public static final String MAX_MB_VARIABLE = "NEWSROOM_IMPORT_MAX_MB";
    public static final String PERMALINKS_VARIABLE = "NEWSROOM_PERMALINKS";
    /** The Russian edition's pattern; unset, "/ru" and the English one's. */
    public static final String PERMALINKS_RU_VARIABLE = "NEWSROOM_PERMALINKS_RU";
    public static final String TIME_ZONE_VARIABLE = "NEWSROOM_TIME_ZONE";
    public static final int DEFAULT_MAX_MB = 512;
    public static final int LARGEST_MAX_MB = 4096;
    static final String IMPORTS_FOLDER = "imports";

    private ImportSettings() {
    }

    /** Where uploaded exports are kept while they are imported: beside the media folder. */
    public static Path importsDirectory() {
        return MediaSettings.mediaDirectory().getParent().resolve(IMPORTS_FOLDER);
    }

    public static long maxUploadBytes() {
        return maxUploadBytes(System.getenv(MAX_MB_VARIABLE));
    }

    static long maxUploadBytes(String setting) {
        if (setting == null || setting.isBlank()) {
            return DEFAULT_MAX_MB * 1024L * 1024;
        }
        int megabytes;
        try {
            megabytes = Integer.parseInt(setting.strip());
        } catch (NumberFormatException e) {
            megabytes = -1;
        }
        if (megabytes < 1 || megabytes > LARGEST_MAX_MB) {
            throw new IllegalArgumentException(MAX_MB_VARIABLE + " is \"" + setting + "\"; expected whole megabytes from 1 to "
                    + LARGEST_MAX_MB + ", e.g. " + DEFAULT_MAX_MB);
        }
        return megabytes * 1024L * 1024;
    }

    public static PermalinkPattern permalinks() {
        return permalinks(System::getenv);
    }

    static PermalinkPattern permalinks(UnaryOperator<String> environment) {
        try {
            return PermalinkPattern.of(environment.apply(PERMALINKS_VARIABLE));
        } catch (IllegalArgumentException bad) {
            throw new IllegalArgumentException(PERMALINKS_VARIABLE + ": " + bad.getMessage(), bad);
        }
    }

    /**
     * The edition's permalink pattern. The Russian one must start with its edition's folder, "/ru/", so
     * its addresses never meet the English edition's.
     *
     * @throws IllegalArgumentException naming the variable
     */
    public static PermalinkPattern permalinks(Edition edition) {
        return permalinks(edition, System::getenv);
    }

    static PermalinkPattern permalinks(Edition edition, UnaryOperator<String> environment) {
        PermalinkPattern english = permalinks(environment);
        if (edition == Edition.EN) {
            return english;
        }
        String set = environment.apply(PERMALINKS_RU_VARIABLE);
        String wanted = set == null || set.isBlank() ? edition.pathPrefix() + english.pattern() : set.strip();
        if (!wanted.startsWith(edition.pathPrefix() + "/")) {
            throw new IllegalArgumentException(PERMALINKS_RU_VARIABLE + ": the Russian edition's articles live under "
                    + edition.pathPrefix() + "/, so its pattern starts with it, e.g. " + edition.pathPrefix()
                    + PermalinkPattern.DEFAULT + ", not \"" + wanted + "\"");
        }
        try {
            return PermalinkPattern.of(wanted);
        } catch (IllegalArgumentException bad) {
            throw new IllegalArgumentException(PERMALINKS_RU_VARIABLE + ": " + bad.getMessage(), bad);
        }
    }

    public static ZoneId outletZone() {
        String configured = System.getenv(TIME_ZONE_VARIABLE);
        try {
            return configured == null || configured.isBlank() ? ZoneId.of("Asia/Almaty") : ZoneId.of(configured.strip());
        } catch (DateTimeException bad) {
            throw new IllegalArgumentException(TIME_ZONE_VARIABLE + " is \"" + configured + "\"; expected a zone such as Asia/Almaty", bad);
        }
    }
}
