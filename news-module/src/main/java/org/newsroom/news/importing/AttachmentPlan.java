package org.newsroom.news.importing;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a WordPress attachment becomes: a media library file with its caption (the attachment's
 * excerpt), alt text ({@code _wp_attachment_image_alt}) and credit (the image metadata's, when set).
 *
 * @param relativePath where the file lies under {@code wp-content/uploads} ("2025/08/dam-scaled.jpg")
 */
public record AttachmentPlan(long attachmentId, long parentId, String url, String relativePath, String title,
                             String caption, String altText, String credit, String link) {

    /** PHP-serialized image_meta: {@code s:6:"credit";s:12:"Photo: Rita";}. */
    private static final Pattern CREDIT = Pattern.compile("s:6:\"credit\";s:\\d+:\"([^\"]*)\"");

    /** @return empty when the item names no file at all */
    public static Optional<AttachmentPlan> of(WxrItem item) {
        String url = item.attachmentUrl() != null && !item.attachmentUrl().isBlank() ? item.attachmentUrl().strip()
                : item.guid() == null ? "" : item.guid().strip();
        Optional<String> path = item.firstMeta("_wp_attached_file").filter(p -> !p.isBlank())
                .or(() -> UploadUrls.relativePath(url));
        if (path.isEmpty()) {
            return Optional.empty();
        }
        String credit = item.firstMeta("_wp_attachment_metadata").map(meta -> {
            Matcher found = CREDIT.matcher(meta);
            return found.find() ? found.group(1) : null;
        }).orElse(null);
        return Optional.of(new AttachmentPlan(item.postId(), item.parentId(), url, path.get().strip(),
                PlainText.of(item.title()), blankToNull(PlainText.of(item.excerpt())),
                blankToNull(item.firstMeta("_wp_attachment_image_alt").map(PlainText::of).orElse(null)),
                blankToNull(credit), item.link()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
