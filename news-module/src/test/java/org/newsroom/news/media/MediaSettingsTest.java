package org.newsroom.news.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MediaSettingsTest {

    @Test
    void mediaGoesInTheDataDirectory() {
        Path dir = MediaSettings.mediaDirectory(Map.of("NEWSROOM_DATA_DIR", "/srv/newsroom")::get, "/home/someone");

        assertEquals(Path.of("/srv/newsroom/media").toAbsolutePath(), dir);
    }

    @Test
    void withoutTheVariableItIsUnderTheHomeDirectory() {
        Path dir = MediaSettings.mediaDirectory(name -> null, "/home/someone");

        assertEquals(Path.of("/home/someone/.newsroom/media").toAbsolutePath(), dir);
    }

    @Test
    void blankCountsAsUnset() {
        assertEquals(Path.of("/home/someone/.newsroom/media").toAbsolutePath(),
                MediaSettings.mediaDirectory(name -> "  ", "/home/someone"));
    }

    @Test
    void maxSizeInMegabytes() {
        assertEquals(10L * 1024 * 1024, MediaSettings.maxBytes(null));
        assertEquals(10L * 1024 * 1024, MediaSettings.maxBytes(""));
        assertEquals(25L * 1024 * 1024, MediaSettings.maxBytes(" 25 "));
    }

    @Test
    void unusableMaxSizeIsRefusedNamingTheVariable() {
        for (String bad : new String[] {"0", "-3", "ten", "2.5", "100000"}) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> MediaSettings.maxBytes(bad), bad);
            assertTrue(refused.getMessage().startsWith("NEWSROOM_MEDIA_MAX_MB"), refused.getMessage());
        }
    }
}
