package org.newsroom.news.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.newsroom.news.article.PermalinkPattern;

/** The WordPress export fixture (a copy of shared/seed/wordpress-export in news-module's test resources). */
final class Fixture {

    static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    /** The day the fixture was exported, so its 2027 posts are still in the future. */
    static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 8, 18);

    private Fixture() {
    }

    static Path directory() {
        String configured = System.getProperty("newsroom.wordpress.fixture");
        if (configured != null) {
            return Path.of(configured);
        }
        // The repository's copy (news-module's test resources), so a fresh clone anywhere has it.
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("news-module/src/test/resources/wordpress-export");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("news-module/src/test/resources/wordpress-export not found above "
                + Path.of("").toAbsolutePath());
    }

    static Path wxr() {
        return directory().resolve("steppe-courier.wordpress.xml");
    }

    static List<WxrItem> items() {
        List<WxrItem> items = new ArrayList<>();
        read(new WxrHandler() {
            @Override
            public boolean item(WxrItem item) {
                items.add(item);
                return true;
            }
        });
        return items;
    }

    static WxrIndex index() {
        WxrIndex index = new WxrIndex(ALMATY, PermalinkPattern.of(PermalinkPattern.DEFAULT), ALMATY, NOW);
        read(index);
        return index;
    }

    static void read(WxrHandler handler) {
        try (InputStream in = Files.newInputStream(wxr())) {
            WxrReader.read(in, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static WxrItem post(String titleStart) {
        return items().stream().filter(item -> item.title() != null && item.title().startsWith(titleStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no item titled " + titleStart));
    }
}
