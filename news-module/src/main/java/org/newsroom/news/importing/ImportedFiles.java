package org.newsroom.news.importing;

import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.newsroom.news.media.ImageDimensions;
import org.newsroom.news.media.ImageKind;
import org.newsroom.news.media.MediaItem;
import org.newsroom.news.media.MediaStore;
import org.newsroom.news.media.UploadCheck;
import org.newsroom.news.media.UploadRefused;
import org.newsroom.news.refusal.Wording;

/**
 * WordPress attachments → the media library, checked as uploads are (type from the content, size and
 * pixel limits). PDFs are taken too, so a post's link to one keeps working; nothing else is.
 */
final class ImportedFiles {

    private final EntityManager em;
    private final MediaStore store;

    ImportedFiles(EntityManager em, MediaStore store) {
        this.em = em;
        this.store = store;
    }

    StepResult media(ImportStep step, AttachmentPlan attachment, byte[] content, long maxBytes, long maxPixels,
                     String actor, LocalDateTime now) {
        String key = Long.toString(attachment.attachmentId());
        String fingerprint = Fingerprint.of(attachment, content == null ? "" : MediaStore.sha256Hex(content));
        ImportedKeys keys = new ImportedKeys(em);
        Optional<ImportedItem> known = keys.find(step.site(), ImportedItem.MEDIA, key);
        Optional<MediaItem> existing = known.map(k -> em.find(MediaItem.class, k.getTargetId()));
        if (existing.isPresent() && known.get().getFingerprint().equals(fingerprint)) {
            return new StepResult(Outcome.UNCHANGED, null, List.of(), existing.get().getId(), existing.get().path());
        }
        ImageKind kind;
        ImageDimensions dimensions;
        try {
            byte[] head = Arrays.copyOf(content, Math.min(content.length, ImageKind.HEADER_LENGTH));
            Optional<ImageKind> sniffed = ImageKind.sniffImported(head);
            if (sniffed.isEmpty() || sniffed.get().isImage()) {
                kind = UploadCheck.check(attachment.relativePath(), content.length, head, maxBytes);
            } else if (content.length > maxBytes) {
                throw new UploadRefused(Wording.refusal("import.file.tooLarge", content.length, maxBytes));
            } else {
                kind = sniffed.get();
            }
            dimensions = kind.isImage() ? ImageDimensions.read(content).orElse(null) : null;
            UploadCheck.checkPixels(dimensions, maxPixels);
        } catch (UploadRefused refused) {
            return StepResult.failed(attachment.relativePath() + ": " + refused.getMessage());
        }
        MediaItem item;
        Outcome outcome;
        if (existing.isPresent() && existing.get().getSha256().equals(MediaStore.sha256Hex(content))) {
            item = existing.get();
            outcome = Outcome.UPDATED;
        } else {
            item = new MediaItem(MediaStore.sha256Hex(content), kind, content.length, fileName(attachment.relativePath()),
                    dimensions, actor, now);
            if (!step.dryRun()) {
                store.store(content, kind);
            }
            em.persist(item);
            outcome = existing.isPresent() ? Outcome.UPDATED : Outcome.CREATED;
        }
        try {
            item.describe(attachment.caption(), attachment.credit(), attachment.altText());
        } catch (IllegalArgumentException tooLong) {
            throw new ItemRefused(attachment.relativePath() + ": " + tooLong.getMessage());
        }
        keys.remember(step.site(), ImportedItem.MEDIA, key, item.getId(), fingerprint, now);
        return new StepResult(outcome, null, List.of(), item.getId(), item.path());
    }

    private static String fileName(String relativePath) {
        return relativePath.substring(relativePath.lastIndexOf('/') + 1);
    }
}
