package org.newsroom.news.media;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebpEncoderTest {

    @TempDir
    Path folder;

    @Test
    void offMeansNoWebp() {
        assertFalse(WebpEncoder.from("off", System.getenv("PATH")).available());
    }

    @Test
    void aPathThatIsNoProgramStopsTheStartNamingTheVariable() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> WebpEncoder.from(folder.resolve("cwebp").toString(), null));
        assertTrue(refused.getMessage().startsWith("NEWSROOM_CWEBP is \""), refused.getMessage());
    }

    @Test
    void aMissingEncoderMeansNoWebpRatherThanAFailedStart() {
        WebpEncoder none = WebpEncoder.from(null, folder.toString(), folder.resolve("usr-bin-cwebp"));
        assertFalse(none.available());
        assertTrue(none.encode(folder.resolve("photo.jpg")).isEmpty());
    }

    @Test
    void foundOnThePath() throws Exception {
        Path cwebp = java.nio.file.Files.createFile(folder.resolve("cwebp"));
        cwebp.toFile().setExecutable(true);
        assertTrue(WebpEncoder.from(null, "/nowhere:" + folder, folder.resolve("usr-bin-cwebp")).binary().orElseThrow().equals(cwebp));
    }
}
