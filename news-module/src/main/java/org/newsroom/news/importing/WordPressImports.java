package org.newsroom.news.importing;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.newsroom.news.account.Role;
import org.newsroom.news.refusal.Wording;

/**
 * Admins import a WordPress export: start (from an upload or a file on the server, for real or as a dry
 * run), watch, cancel, resume, read the report. One run at a time.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WordPressImports {

    public static final String AUDIT_ACTION = "WORDPRESS_IMPORT";

    @EJB
    private ImportRuns runs;

    @EJB
    private ImportRunner runner;

    @Resource
    private SessionContext session;

    public ImportRun start(ImportRequest request) {
        Path source = existingFile(request.sourceFile());
        String uploads = blankToNull(request.uploadsDirectory());
        if (uploads != null && !Files.isDirectory(path("uploadsDirectory", uploads))) {
            throw new ImportRefused("uploadsDirectory", Wording.refusal("import.uploads.noFolder", uploads));
        }
        String uploadsUrl = blankToNull(request.uploadsUrl());
        if (uploadsUrl != null && !uploadsUrl.matches("(?i)https?://[^/\\s]+(/\\S*)?")) {
            throw new ImportRefused("uploadsUrl", Wording.refusal("import.uploads.notHttp", uploadsUrl));
        }
        ZoneId zone = zone(request.siteTimeZone());
        Optional<ImportRun> going = runs.active();
        if (going.isPresent()) {
            throw ImportRefused.conflict("sourceFile", Wording.refusal("import.running.wait", String.valueOf(going.get().getId())));
        }
        String actor = session.getCallerPrincipal().getName();
        long id = runs.create(new ImportRun(source.toString(), request.sourceName() == null ? source.getFileName().toString()
                : request.sourceName(), uploads, uploadsUrl, request.dryRun(), actor, ImportRuns.now()));
        runner.run(id, zone.getId(), actor);
        return runs.find(id).orElseThrow();
    }

    /** Asks the run to stop after the item it is on. */
    public ImportRun cancel(long id) {
        ImportRun run = run(id);
        if (run.getState().isOver()) {
            throw ImportRefused.conflict("id", Wording.refusal("import.over", String.valueOf(id), run.getState().name()));
        }
        runs.cancel(id);
        return run(id);
    }

    /** Goes on where a cancelled, failed or interrupted run stopped. */
    public ImportRun resume(long id, String siteTimeZone) {
        ImportRun run = run(id);
        boolean resumable = run.getState() == RunState.CANCELLED || run.getState() == RunState.FAILED
                || run.isInterrupted(ImportRuns.now());
        if (!resumable) {
            throw ImportRefused.conflict("id", Wording.refusal("import.notResumable", String.valueOf(id), run.getState().name()));
        }
        Optional<ImportRun> going = runs.active();
        if (going.isPresent() && !going.get().getId().equals(id)) {
            throw ImportRefused.conflict("id", Wording.refusal("import.running.one", String.valueOf(going.get().getId())));
        }
        existingFile(run.getSourceFile());
        runs.resume(id);
        runner.run(id, zone(siteTimeZone).getId(), session.getCallerPrincipal().getName());
        return run(id);
    }

    public Optional<ImportRun> find(long id) {
        return runs.find(id);
    }

    public List<ImportRun> recent() {
        return runs.recent(20);
    }

    /** @throws ImportRefused not found, for an import that does not exist (not an empty report) */
    public List<ReportLine> report(long id, int first, int max) {
        run(id);
        return runs.lines(id, Math.max(0, first), Math.max(1, Math.min(max, 1000)));
    }

    /**
     * Keeps an uploaded export under the data directory, at most {@link ImportSettings#maxUploadBytes()}.
     *
     * @return the stored file, to {@link #start} with
     * @throws ImportRefused for a file over the limit (nothing is kept)
     */
    public Path storeUpload(InputStream content) {
        long max = ImportSettings.maxUploadBytes();
        try {
            Path directory = Files.createDirectories(ImportSettings.importsDirectory());
            Path file = directory.resolve("upload-" + UUID.randomUUID() + ".xml");
            long written = 0;
            byte[] buffer = new byte[1 << 16];
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
                for (int read; (read = content.read(buffer)) > 0; ) {
                    written += read;
                    if (written > max) {
                        out.close();
                        Files.deleteIfExists(file);
                        throw ImportRefused.tooLarge("file", Wording.refusal("import.upload.tooLarge", max / (1024 * 1024),
                                ImportSettings.MAX_MB_VARIABLE));
                    }
                    out.write(buffer, 0, read);
                }
            }
            if (written == 0) {
                Files.deleteIfExists(file);
                throw new ImportRefused("file", Wording.refusal("import.upload.empty"));
            }
            return file;
        } catch (IOException failed) {
            throw ImportRefused.notStored("file", Wording.refusal("import.upload.notStored", Wording.asIs(failed.getMessage())));
        }
    }

    private ImportRun run(long id) {
        return runs.find(id).orElseThrow(() -> ImportRefused.notFound("id", Wording.refusal("import.missing", String.valueOf(id))));
    }

    private static Path existingFile(String name) {
        if (name == null || name.isBlank()) {
            throw new ImportRefused("sourceFile", Wording.refusal("import.source.missing"));
        }
        Path file = path("sourceFile", name.strip());
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new ImportRefused("sourceFile", Wording.refusal("import.source.unreadable", name.strip()));
        }
        return file.toAbsolutePath().normalize();
    }

    private static Path path(String field, String name) {
        try {
            return name.startsWith("file:") ? Path.of(URI.create(name)) : Path.of(name);
        } catch (IllegalArgumentException bad) {
            throw new ImportRefused(field, Wording.refusal("import.path.invalid", name));
        }
    }

    private static ZoneId zone(String text) {
        if (text == null || text.isBlank()) {
            return ImportSettings.outletZone();
        }
        try {
            return ZoneId.of(text.strip());
        } catch (DateTimeException bad) {
            throw new ImportRefused("siteTimeZone", Wording.refusal("import.zone.invalid", text.strip()));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
