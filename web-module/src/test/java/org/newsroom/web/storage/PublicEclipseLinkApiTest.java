package org.newsroom.web.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Newsroom talks to EclipseLink through its public API only: nothing from
 * {@code org.eclipse.persistence.internal} (free to change in any release), not the
 * {@code config.SessionCustomizer} that is deprecated for removal, nor its replacement, which the
 * EclipseLink of Payara Server 6 lacks. Every compiled Newsroom class on
 * the test class path (this module's and both EJB modules') is read as bytes: a class that names one
 * of them carries the name in its constant pool, whatever the source looked like.
 */
class PublicEclipseLinkApiTest {

    private static final List<String> FORBIDDEN = List.of(
            "org/eclipse/persistence/internal/",
            "org/eclipse/persistence/config/SessionCustomizer",
            // Its replacement is missing from the EclipseLink of Payara Server 6 (4.0.1): NoClassDefFoundError there.
            "org/eclipse/persistence/sessions/SessionCustomizer");

    @Test
    void noNewsroomClassNamesEclipseLinkInternalsOrASessionCustomizer() throws Exception {
        List<Path> classes = newsroomClasses();
        assertTrue(classes.size() > 100, "found the compiled classes of all three modules: " + classes.size());
        List<String> offenders = new ArrayList<>();
        for (Path file : classes) {
            String constants = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            FORBIDDEN.stream().filter(constants::contains)
                    .forEach(name -> offenders.add(file.getFileName() + " uses " + name.replace('/', '.')));
        }
        assertEquals(List.of(), offenders);
    }

    @Test
    void theScanSeesTheSessionListenersThatUseEclipseLink() throws Exception {
        // Guards the scan itself: the classes it must look at are among the ones it reads.
        List<String> names = newsroomClasses().stream().map(path -> path.getFileName().toString()).toList();
        assertTrue(names.containsAll(List.of("DatabaseLoginCheck.class", "PublicContentWatch.class", "SessionSetup.class")),
                names::toString);
    }

    private static List<Path> newsroomClasses() throws IOException, URISyntaxException {
        List<Path> classes = new ArrayList<>();
        for (URL root : Collections.list(PublicEclipseLinkApiTest.class.getClassLoader().getResources("org/newsroom"))) {
            if (!"file".equals(root.getProtocol()) || root.getPath().contains("/test-classes/")) {
                continue;
            }
            try (Stream<Path> files = Files.walk(Path.of(root.toURI()))) {
                files.filter(path -> path.toString().endsWith(".class")).forEach(classes::add);
            }
        }
        return classes;
    }
}
