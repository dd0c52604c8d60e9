package org.newsroom.news.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * What one WordPress item became (an account, section, media item or article), keyed on the site and
 * the item's WordPress key, with a fingerprint of what it was made from: a re-run of the same file finds
 * every item here unchanged, and an edit in WordPress shows as a different fingerprint.
 */
@Entity
@Table(name = "IMPORTED_ITEM")
public class ImportedItem {

    public static final String AUTHOR = "AUTHOR";
    public static final String SECTION = "SECTION";
    public static final String MEDIA = "MEDIA";
    public static final String ARTICLE = "ARTICLE";

    @Id
    @Column(name = "ITEM_KEY", length = 700)
    private String itemKey;

    @Column(name = "SITE", nullable = false, length = 300)
    private String site;

    @Column(name = "ITEM_KIND", nullable = false, length = 20)
    private String kind;

    @Column(name = "TARGET_ID", nullable = false)
    private long targetId;

    @Column(name = "FINGERPRINT", nullable = false, length = 64)
    private String fingerprint;

    @Column(name = "IMPORTED_AT", nullable = false)
    private LocalDateTime importedAt;

    protected ImportedItem() {
        // for JPA
    }

    public ImportedItem(String site, String kind, String wordPressKey, long targetId, String fingerprint, LocalDateTime now) {
        this.itemKey = key(site, kind, wordPressKey);
        this.site = site;
        this.kind = kind;
        this.targetId = targetId;
        this.fingerprint = fingerprint;
        this.importedAt = now;
    }

    public static String key(String site, String kind, String wordPressKey) {
        String key = site + "|" + kind + "|" + wordPressKey;
        return key.length() <= 700 ? key : key.substring(0, 700);
    }

    public void changed(long newTargetId, String newFingerprint, LocalDateTime now) {
        this.targetId = newTargetId;
        this.fingerprint = newFingerprint;
        this.importedAt = now;
    }

    public long getTargetId() {
        return targetId;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public String getKind() {
        return kind;
    }
}
