package org.newsroom.news.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a servlet needs to send a stored image: its type, length, a strong validator, and the file.
 * The bytes behind a media id never change, so the answer may be cached for good.
 *
 * @param mediaType the Content-Type, e.g. "image/jpeg"
 * @param sizeBytes the Content-Length
 * @param sha256    the content's SHA-256, for a rendition followed by its width and format; {@link #etag()} quotes it
 * @param extension the extension the image's address must end with, e.g. "jpg"
 * @param file      the stored file (local to this instance)
 * @param forReaders whether readers may see it (and any cache keep it); otherwise only staff are sent it
 */
public record ServableMedia(String mediaType, long sizeBytes, String sha256, String extension, Path file,
                            boolean forReaders) {

    /** The ETag header's value: the SHA-256 in quotes (a strong validator). */
    public String etag() {
        return "\"" + sha256 + "\"";
    }

    /** @throws java.nio.file.NoSuchFileException when the file has gone since it was looked up */
    public InputStream open() throws IOException {
        return Files.newInputStream(file);
    }
}
