package org.newsroom.web.articles.newsroom;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.stream.Collectors;
import org.newsroom.news.media.MediaItem;
import org.newsroom.news.media.MediaLibrary;

/**
 * The editor's word on the featured image's renditions: "Preparing sizes…" while they are made in the
 * background after the upload (the page asks again every two seconds), then which widths readers get.
 */
@Named
@RequestScoped
public class FeaturedImageSizes {

    @Inject
    private MediaLibrary media;

    private Long shownId;
    private Optional<MediaItem> shown = Optional.empty();

    public boolean pending(Long imageId) {
        return item(imageId).map(MediaItem::renditionsPending).orElse(false);
    }

    public String describe(Long imageId) {
        return item(imageId).map(FeaturedImageSizes::words).orElse("");
    }

    static String words(MediaItem item) {
        if (item.renditionsPending()) {
            return "Preparing sizes for readers' screens…";
        }
        if (item.renditionWidths().isEmpty()) {
            return "Readers get this image as it is (it is too small, or not JPEG or PNG, for smaller sizes).";
        }
        return "Sizes ready: " + item.renditionWidths().stream().map(String::valueOf).collect(Collectors.joining(", "))
                + " pixels wide" + (item.hasWebpRenditions() ? ", each also as WebP." : ".");
    }

    private Optional<MediaItem> item(Long imageId) {
        if (imageId == null) {
            return Optional.empty();
        }
        if (!imageId.equals(shownId)) {
            shownId = imageId;
            shown = media.find(imageId);
        }
        return shown;
    }
}
