package org.newsroom.news.media;

import java.nio.file.Path;
import org.newsroom.news.refusal.Wording;

/**
 * The media folder would not take an image (a full disk, a read-only mount, a folder the server may
 * not write): nothing was stored, and the upload is refused as a whole. The message is for the person
 * uploading; {@link #directory()} and the cause are for the log, which names the folder to fix.
 */
public class MediaUnwritable extends UploadRefused {

    private static final long serialVersionUID = 1L;

    private final transient Path directory;

    public MediaUnwritable(Path directory, Throwable cause) {
        super(Reason.NOT_STORED, Wording.refusal("media.unwritable", reason(cause)));
        initCause(cause);
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }

    /** The operating system's own words where it gave some: "No space left on device", "Read-only file system". */
    static Wording reason(Throwable cause) {
        if (cause instanceof java.nio.file.AccessDeniedException) {
            return Wording.refusal("media.unwritable.permission");
        }
        if (cause instanceof java.nio.file.FileSystemException fileSystem && fileSystem.getReason() != null) {
            return Wording.asIs(fileSystem.getReason().toLowerCase(java.util.Locale.ROOT));
        }
        String message = cause == null ? null : cause.getMessage();
        return message == null || message.isBlank() ? Wording.refusal("media.unwritable.refused")
                : Wording.asIs(message.toLowerCase(java.util.Locale.ROOT));
    }
}
