package org.newsroom.news.importing;

import java.util.List;
import java.util.Optional;

/** What a body's addresses become: files already imported into the media library, posts' new addresses. */
public interface ImportedLinks {

    /** An imported file (the original, for any of its size variants) by an address WordPress wrote for it. */
    Optional<ImportedFile> file(String uploadUrl);

    /** An imported attachment by its WordPress id ({@code [gallery ids]}, {@code wp-image-N}). */
    Optional<ImportedFile> attachment(long attachmentId);

    /** The attachments whose parent is this post, for a {@code [gallery]} without ids. */
    List<Long> attachedTo(long postId);

    /** The new address of the imported post or page an old address names; empty for anything else. */
    Optional<String> postAddress(String url);

    /** An imported file: where the media library serves it and what is said about it. */
    record ImportedFile(String path, String altText, String caption) {
    }
}
