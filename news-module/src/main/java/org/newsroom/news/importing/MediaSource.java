package org.newsroom.news.importing;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * Where an attachment's bytes come from: the admin's copy of {@code wp-content/uploads} when one is
 * named, otherwise its address (the old site, or {@code uploadsUrl} where its uploads are served now).
 * Never more than {@code maxBytes} is read; a missing or refused file is a {@link Missing}, which the
 * import reports and goes on.
 */
public final class MediaSource {

    /** The file could not be had; the message says why, for the report. */
    public static final class Missing extends Exception {
        public Missing(String message) {
            super(message);
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Path uploadsDirectory;
    private final String uploadsUrl;
    private final long maxBytes;
    private final HttpClient http;

    /**
     * @param uploadsDirectory a local copy of wp-content/uploads, or null to download
     * @param uploadsUrl       where the uploads folder is served now (replacing the site's own), or null
     */
    public MediaSource(Path uploadsDirectory, String uploadsUrl, long maxBytes) {
        this.uploadsDirectory = uploadsDirectory == null ? null : uploadsDirectory.toAbsolutePath().normalize();
        this.uploadsUrl = uploadsUrl == null || uploadsUrl.isBlank() ? null
                : uploadsUrl.strip().endsWith("/") ? uploadsUrl.strip() : uploadsUrl.strip() + "/";
        this.maxBytes = maxBytes;
        this.http = uploadsDirectory == null ? HttpClient.newBuilder().connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL).build() : null;
    }

    public byte[] read(AttachmentPlan attachment) throws Missing {
        return uploadsDirectory != null ? fromDirectory(attachment.relativePath()) : download(address(attachment));
    }

    private byte[] fromDirectory(String relativePath) throws Missing {
        Path file = uploadsDirectory.resolve(relativePath).normalize();
        if (!file.startsWith(uploadsDirectory)) {
            throw new Missing("its path " + relativePath + " leads outside the uploads folder; not read");
        }
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new Missing(tooBig(size));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException missing) {
            throw new Missing("its file " + relativePath + " is not in " + uploadsDirectory);
        } catch (IOException unreadable) {
            throw new Missing("its file " + file + " cannot be read: " + unreadable.getMessage());
        }
    }

    String address(AttachmentPlan attachment) {
        if (uploadsUrl == null) {
            return attachment.url();
        }
        StringBuilder encoded = new StringBuilder(uploadsUrl);
        String[] segments = attachment.relativePath().split("/");
        for (int i = 0; i < segments.length; i++) {
            encoded.append(i == 0 ? "" : "/").append(org.newsroom.news.article.PermalinkPattern.encode(segments[i]));
        }
        return encoded.toString();
    }

    private byte[] download(String url) throws Missing {
        URI address;
        try {
            address = new URI(url.strip().replace(" ", "%20"));
        } catch (URISyntaxException bad) {
            address = null;
        }
        if (address == null || address.getScheme() == null
                || !java.util.Set.of("http", "https").contains(address.getScheme().toLowerCase(Locale.ROOT))) {
            throw new Missing("its address " + url + " is not an http(s) address");
        }
        try {
            HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(address).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new Missing("downloading " + url + " answered " + response.statusCode());
                }
                long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
                if (declared > maxBytes) {
                    throw new Missing(tooBig(declared));
                }
                byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (bytes.length > maxBytes) {
                    throw new Missing(tooBig(bytes.length));
                }
                return bytes;
            }
        } catch (IOException failed) {
            throw new Missing("downloading " + url + " failed: " + failed.getMessage());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new Missing("downloading " + url + " was interrupted");
        }
    }

    private String tooBig(long size) {
        return "the file has " + size + " bytes; the media library takes at most " + maxBytes;
    }
}
