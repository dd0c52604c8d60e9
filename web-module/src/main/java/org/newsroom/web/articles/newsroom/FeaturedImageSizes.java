package org.newsroom.web.articles.newsroom;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.stream.Collectors;
import org.newsroom.news.media.MediaItem;
import org.newsroom.news.media.MediaLibrary;
import org.newsroom.web.faces.StaffTexts;

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
            return StaffTexts.text("editor.image.preparing");
        }
        if (item.renditionWidths().isEmpty()) {
            return StaffTexts.text("editor.image.asItIs");
        }
        String widths = item.renditionWidths().stream().map(String::valueOf).collect(Collectors.joining(", "));
        return StaffTexts.text(item.hasWebpRenditions() ? "editor.image.readyWebp" : "editor.image.ready", widths);
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
