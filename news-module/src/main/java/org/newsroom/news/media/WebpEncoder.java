package org.newsroom.news.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.newsroom.news.settings.Settings;

/**
 * WebP renditions through {@code cwebp}, libwebp's own encoder from Debian's {@code webp} package, run
 * as a separate process: no Java library on Maven Central encodes WebP without bundling native code into
 * the server's JVM (where a crash in it would take the server down), while Debian keeps libwebp patched.
 * {@value #VARIABLE} names the binary; unset, {@code /usr/bin/cwebp} or the first {@code cwebp} on the
 * PATH is used; {@code off}, or none found, means no WebP: renditions are then made in the original's
 * format only. Plain Java; thread-safe.
 */
public final class WebpEncoder {

    public static final String VARIABLE = "NEWSROOM_CWEBP";
    private static final Logger LOG = Logger.getLogger(WebpEncoder.class.getName());
    private static final long TIMEOUT_SECONDS = 60;

    private final Path binary;

    private WebpEncoder(Path binary) {
        this.binary = binary;
    }

    /** From the process environment; @throws IllegalArgumentException naming the variable for a path that is no program. */
    public static WebpEncoder fromConfig() {
        return from(Settings.fromConfig().text(VARIABLE), System.getenv("PATH"));
    }

    static WebpEncoder from(String setting, String searchPath) {
        return from(setting, searchPath, Path.of("/usr/bin/cwebp"));
    }

    static WebpEncoder from(String setting, String searchPath, Path debian) {
        if ("off".equalsIgnoreCase(setting)) {
            return new WebpEncoder(null);
        }
        if (setting != null) {
            Path named = Path.of(setting);
            if (!Files.isRegularFile(named) || !Files.isExecutable(named)) {
                throw Settings.invalid(VARIABLE, setting, "the cwebp program (Debian: apt-get install webp), or off");
            }
            return new WebpEncoder(named);
        }
        if (Files.isExecutable(debian)) {
            return new WebpEncoder(debian);
        }
        List<String> folders = searchPath == null ? List.of() : Arrays.asList(searchPath.split(java.io.File.pathSeparator));
        return new WebpEncoder(folders.stream().filter(folder -> !folder.isBlank()).map(folder -> Path.of(folder, "cwebp"))
                .filter(Files::isExecutable).findFirst().orElse(null));
    }

    public boolean available() {
        return binary != null;
    }

    /** The program in use, or empty when WebP is off or not installed. */
    public Optional<Path> binary() {
        return Optional.ofNullable(binary);
    }

    /**
     * The JPEG or PNG file encoded as WebP (lossy, quality 80, alpha kept, metadata dropped); empty when
     * the encoder is missing, fails or takes over a minute (logged: the rendition is then simply not offered as WebP).
     */
    public Optional<byte[]> encode(Path input) {
        if (binary == null) {
            return Optional.empty();
        }
        Path output = null;
        try {
            output = Files.createTempFile(input.getParent(), ".webp-", ".tmp");
            Process cwebp = new ProcessBuilder(binary.toString(), "-quiet", "-q", "80", "-m", "4", "-metadata", "none",
                    input.toString(), "-o", output.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!cwebp.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                cwebp.destroyForcibly();
                LOG.warning(() -> binary + " took over " + TIMEOUT_SECONDS + " s on " + input + "; no WebP for it");
                return Optional.empty();
            }
            byte[] webp = Files.readAllBytes(output);
            if (cwebp.exitValue() != 0 || ImageKind.sniff(webp).orElse(null) != ImageKind.WEBP) {
                LOG.warning(() -> binary + " failed on " + input + " (exit status " + cwebp.exitValue() + "); no WebP for it");
                return Optional.empty();
            }
            return Optional.of(webp);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot run " + binary + " (" + VARIABLE + "); no WebP for " + input, e);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            if (output != null) {
                try {
                    Files.deleteIfExists(output);
                } catch (IOException ignored) {
                    // a dot file: nothing serves or backs it up
                }
            }
        }
    }
}
