package org.newsroom.news.media;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.newsroom.news.account.Role;
import org.newsroom.news.audit.AuditLog;
import org.newsroom.news.refusal.InvalidValue;
import org.newsroom.news.refusal.Wording;

/**
 * The media library: staff upload images and describe them; anyone may be served one. The image type
 * comes from the content ({@link UploadCheck}); the file goes to the {@link MediaStore} under the data
 * directory before its row is written, so a row never points at a missing file (a rolled-back upload
 * can leave an unreferenced file behind, which is harmless: the next identical upload reuses it). A
 * folder that cannot be written refuses the upload with {@link MediaUnwritable} and a log line naming it.
 */
@Stateless
@RolesAllowed({Role.REPORTER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
public class MediaLibrary {

    public static final String UPLOADED = "MEDIA_UPLOADED";
    public static final String DESCRIBED = "MEDIA_DESCRIBED";
    public static final int MAX_RECENT = 200;

    private static final Logger LOG = Logger.getLogger(MediaLibrary.class.getName());

    @PersistenceContext(unitName = "newsroom")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private AuditLog audit;

    private MediaStore store;
    private long maxBytes;
    private long maxPixels;

    @PostConstruct
    void configure() {
        store = new MediaStore(MediaSettings.mediaDirectory());
        maxBytes = MediaSettings.maxBytes();
        maxPixels = MediaSettings.maxPixels();
    }

    /**
     * Checks and stores an image with what is said about it.
     *
     * @param originalName the name the browser sent: only kept for reference and used in messages
     * @throws UploadRefused saying what is wrong (not an image, too big, a caption too long…); nothing is stored
     */
    public MediaItem upload(String originalName, byte[] content, String caption, String credit, String altText) {
        return upload(originalName, content, caption, credit, altText, false);
    }

    /**
     * @param forReaders a public library image (a logo, a stock photo): readers may see it at once, not
     *                   only once an article using it is published
     */
    public MediaItem upload(String originalName, byte[] content, String caption, String credit, String altText,
                            boolean forReaders) {
        byte[] bytes = content == null ? new byte[0] : content;
        byte[] head = Arrays.copyOf(bytes, Math.min(bytes.length, ImageKind.HEADER_LENGTH));
        ImageKind kind = UploadCheck.check(originalName, bytes.length, head, maxBytes);
        String uploader = actor();
        ImageDimensions dimensions = ImageDimensions.read(bytes).orElse(null);
        UploadCheck.checkPixels(dimensions, maxPixels);
        MediaItem item = new MediaItem(MediaStore.sha256Hex(bytes), kind, bytes.length, originalName,
                dimensions, uploader, now());
        try {
            item.describe(caption, credit, altText);
        } catch (IllegalArgumentException tooLong) {
            throw new UploadRefused(InvalidValue.wordingOf(tooLong));
        }
        if (forReaders) {
            item.makePublic(now());
        }
        try {
            store.store(bytes, kind);
        } catch (MediaUnwritable unwritable) {
            LOG.log(Level.SEVERE, "Cannot write images to " + unwritable.directory() + " (check the disk and "
                    + MediaSettings.DATA_DIR_VARIABLE + "): upload of " + originalName + " refused", unwritable.getCause());
            throw unwritable;
        }
        em.persist(item);
        audit.record(uploader, UPLOADED, "media " + item.getId(),
                Objects.toString(item.getOriginalName(), "unnamed file") + " (" + kind.mediaType() + ", " + bytes.length + " bytes, sha256 " + item.getSha256() + ")");
        return item;
    }

    /**
     * Changes the caption, credit and alt text; every page using the image shows the new words.
     *
     * @throws MediaRejected for an unknown image or a text too long
     */
    public MediaItem describe(long id, String caption, String credit, String altText) {
        MediaItem item = find(id).orElseThrow(() -> new MediaRejected(Wording.refusal("media.missing", String.valueOf(id))));
        try {
            item.describe(caption, credit, altText);
        } catch (IllegalArgumentException tooLong) {
            throw new MediaRejected(InvalidValue.wordingOf(tooLong));
        }
        audit.record(actor(), DESCRIBED, "media " + id, null);
        return item;
    }

    public Optional<MediaItem> find(long id) {
        return Optional.ofNullable(em.find(MediaItem.class, id));
    }

    /** Newest first; at most {@value #MAX_RECENT}. */
    public List<MediaItem> recent(int max) {
        return em.createQuery("select m from MediaItem m order by m.uploadedAt desc, m.id desc", MediaItem.class)
                .setMaxResults(Math.max(1, Math.min(max, MAX_RECENT)))
                .getResultList();
    }

    /** The largest upload accepted, in bytes ({@value MediaSettings#MAX_MB_VARIABLE}); for the upload form's own limit. */
    public long maxUploadBytes() {
        return maxBytes;
    }

    /**
     * What the media servlet sends for an id; empty when there is no such image, or when it is not yet for
     * readers and the caller is not signed-in staff (an embargoed story's image is as secret as its text).
     *
     * @throws MediaFileMissing when the image exists but its file is not on this node's media folder (logged:
     *         the data directory is not where the file was stored, not shared, or the share has not shown the
     *         file here yet)
     */
    @PermitAll
    public Optional<ServableMedia> openForServing(long id) {
        MediaItem item = em.find(MediaItem.class, id);
        if (item == null || !item.isPublic() && !callerIsStaff()) {
            return Optional.empty();
        }
        ImageKind kind = item.kind();
        if (!store.contains(item.getSha256(), kind)) {
            LOG.log(Level.WARNING, "media {0} is recorded but its file {1} is missing; check {2} (in a cluster: every node"
                    + " must mount the same shared data directory)",
                    new Object[] {id, store.file(item.getSha256(), kind), MediaSettings.DATA_DIR_VARIABLE});
            throw new MediaFileMissing(id);
        }
        return Optional.of(new ServableMedia(kind.mediaType(), item.getSizeBytes(), item.getSha256(), kind.extension(),
                store.file(item.getSha256(), kind), item.isPublic()));
    }

    /**
     * A rendition ({@code /media/{id}-{width}.{extension}}) on the same terms as its original; empty also
     * when no such rendition has been made (yet).
     */
    @PermitAll
    public Optional<ServableMedia> openRenditionForServing(long id, int width, String extension) {
        MediaItem item = em.find(MediaItem.class, id);
        if (item == null || !item.isPublic() && !callerIsStaff() || !item.renditionWidths().contains(width)) {
            return Optional.empty();
        }
        ImageKind kind = item.kind();
        boolean webp = Picture.WEBP.equals(extension) && item.hasWebpRenditions();
        if (!webp && !kind.extension().equals(extension)) {
            return Optional.empty();
        }
        java.nio.file.Path file = store.renditionFile(item.getSha256(), width, extension);
        try {
            return Optional.of(new ServableMedia(webp ? ImageKind.WEBP.mediaType() : kind.mediaType(),
                    java.nio.file.Files.size(file), item.getSha256() + "-" + width + "-" + extension, extension, file,
                    item.isPublic()));
        } catch (java.io.IOException missing) {
            LOG.log(Level.WARNING, "media {0} lists its rendition {1} but the file is missing; check {2}",
                    new Object[] {id, file, MediaSettings.DATA_DIR_VARIABLE});
            return Optional.empty();
        }
    }

    private boolean callerIsStaff() {
        return session.isCallerInRole(Role.REPORTER_NAME) || session.isCallerInRole(Role.EDITOR_NAME)
                || session.isCallerInRole(Role.ADMIN_NAME);
    }

    private String actor() {
        return session.getCallerPrincipal().getName();
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(Clock.systemUTC());
    }
}
