package org.newsroom.news.importing;

import jakarta.ejb.EJBException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.newsroom.news.media.MediaSettings;

/**
 * One run over one export, in a fixed order that a resumed run repeats: authors, categories (parents
 * first), attachments, then everything else in file order. The file is read three times as a stream
 * (the index, the attachments, the posts), never held whole. Each item is one call to
 * {@link ImportItems}, its own transaction; a cancel is seen before the next item.
 */
final class RunOfOneFile {

    private final ImportRun run;
    private final ImportRuns runs;
    private final ImportItems items;
    private final ZoneId siteZone;
    private final ZoneId outletZone;
    private final LocalDateTime now = ImportRuns.now();
    private final Map<String, String> tagNames = new HashMap<>();
    private final Map<Long, ImportedLinks.ImportedFile> files = new HashMap<>();
    private WxrIndex index;
    private int position;
    private boolean stopped;

    RunOfOneFile(ImportRun run, ImportRuns runs, ImportItems items, ZoneId siteZone, ZoneId outletZone) {
        this.run = run;
        this.runs = runs;
        this.items = items;
        this.siteZone = siteZone;
        this.outletZone = outletZone;
    }

    /** @return how the run ended and, when it failed, why */
    RunState go() {
        index = new WxrIndex(siteZone, ImportSettings.permalinks(), outletZone, now);
        String unreadable = null;
        try {
            read(index);
        } catch (WxrUnreadable broken) {
            if (index.site() == null) {
                runs.record(step("FILE", "", "the file"), StepResult.failed(broken.getMessage()));
                runs.end(run.getId(), RunState.FAILED, broken.getMessage());
                return RunState.FAILED;
            }
            unreadable = broken.getMessage();
        }
        String site = index.site().key();
        runs.sized(run.getId(), site, index.authors().size() + index.categoriesParentsFirst().size() + index.items()
                + (unreadable == null ? 0 : 1));
        runs.knownTags().forEach(tag -> tagNames.putIfAbsent(tag.toLowerCase(Locale.ROOT), tag));
        for (WxrAuthor author : index.authors().values()) {
            each("AUTHOR", author.login(), "author " + author.login(), () -> byItem(() -> items.author(current, author)));
        }
        for (WxrTerm category : index.categoriesParentsFirst()) {
            each("SECTION", category.slug(), "category " + PostMapping.decodedSlug(category.slug()),
                    () -> byItem(() -> items.section(current, category)));
        }
        MediaSource source = new MediaSource(run.getUploadsDirectory() == null ? null : Path.of(run.getUploadsDirectory()),
                run.getUploadsUrl(), MediaSettings.maxBytes());
        files.putAll(runs.importedFiles(site));
        readQuietly(new WxrHandler() {
            @Override
            public boolean item(WxrItem item) {
                if ("attachment".equals(item.type())) {
                    attachment(item, source);
                }
                return !stopped;
            }
        });
        ImportedLinks links = new IndexedLinks(index, id -> Optional.ofNullable(files.get(id)));
        readQuietly(new WxrHandler() {
            @Override
            public boolean item(WxrItem item) {
                if (!"attachment".equals(item.type())) {
                    content(item, links);
                }
                return !stopped;
            }
        });
        if (stopped) {
            runs.end(run.getId(), RunState.CANCELLED, null);
            return RunState.CANCELLED;
        }
        if (unreadable != null) {
            String why = unreadable;
            each("FILE", "", "the file", () -> StepResult.failed(why));
            runs.end(run.getId(), RunState.FAILED, unreadable);
            return RunState.FAILED;
        }
        runs.end(run.getId(), RunState.FINISHED, null);
        return RunState.FINISHED;
    }

    private void attachment(WxrItem item, MediaSource source) {
        Optional<AttachmentPlan> plan = AttachmentPlan.of(item);
        each("MEDIA", Long.toString(item.postId()), item.label(), () -> {
            if (plan.isEmpty()) {
                return StepResult.failed("the attachment names no file");
            }
            byte[] content;
            try {
                content = source.read(plan.get());
            } catch (MediaSource.Missing missing) {
                return StepResult.failed("file not imported: " + missing.getMessage());
            }
            StepResult result = byItem(() -> items.media(current, plan.get(), content, MediaSettings.maxBytes(),
                    MediaSettings.maxPixels()));
            if (result.mediaPath() != null) {
                files.put(item.postId(), new ImportedLinks.ImportedFile(result.mediaPath(), plan.get().altText(),
                        plan.get().caption()));
            }
            return result;
        });
    }

    private void content(WxrItem item, ImportedLinks links) {
        Optional<String> skip = PostMapping.skipReason(item);
        each(skip.isPresent() ? "SKIPPED" : "ARTICLE", Long.toString(item.postId()), item.label(), () -> {
            if (skip.isPresent()) {
                return StepResult.skipped(skip.get());
            }
            PostPlan plan = PostMapping.plan(item, siteZone, index.site().language(), now);
            ConvertedBody body = WordPressBody.convert(item.content(), item.postId(), links);
            List<String> tags = plan.tags().stream()
                    .map(tag -> tagNames.computeIfAbsent(tag.toLowerCase(Locale.ROOT), lower -> tag)).distinct().toList();
            List<String> attachmentPages = index.attachedTo(item.postId()).stream()
                    .map(id -> index.attachments().get(id).link()).map(PostMapping::pathOf)
                    .filter(path -> path != null && !path.contains("?")).toList();
            return byItem(() -> items.post(current, plan, body, tags, Fingerprint.of(item.toString(), files.size()),
                    attachmentPages));
        });
    }

    /** A result the item's own transaction recorded already (except in a dry run, whose work is rolled back). */
    private StepResult byItem(Supplier<StepResult> call) {
        StepResult result = call.get();
        recordedByItem = !run.isDryRun();
        return result;
    }

    private boolean recordedByItem;

    private ImportStep current;

    /** One item at the next position: skipped when a resumed run did it already; its outcome always recorded. */
    private void each(String kind, String wordPressId, String label, Supplier<StepResult> work) {
        if (stopped) {
            return;
        }
        position++;
        if (position <= run.getDone()) {
            return;
        }
        if (runs.state(run.getId()) == RunState.CANCELLING) {
            stopped = true;
            return;
        }
        current = step(kind, wordPressId, label);
        recordedByItem = false;
        StepResult result;
        try {
            result = work.get();
        } catch (ItemRefused refused) {
            runs.record(current, StepResult.failed(refused.getMessage()));
            return;
        } catch (EJBException | IllegalArgumentException | IllegalStateException failed) {
            runs.record(current, StepResult.failed(reason(failed)));
            return;
        }
        if (!recordedByItem) {
            runs.record(current, result);
        }
    }

    private ImportStep step(String kind, String wordPressId, String label) {
        return new ImportStep(run.getId(), position, index == null || index.site() == null ? "" : index.site().key(),
                run.isDryRun(), kind, wordPressId, label);
    }

    private static String reason(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return "not imported: " + (message.length() > 500 ? message.substring(0, 500) + "…" : message);
    }

    private void read(WxrHandler handler) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(Path.of(run.getSourceFile())), 1 << 16)) {
            WxrReader.read(in, handler);
        } catch (IOException unreadable) {
            throw new WxrUnreadable("The export " + run.getSourceFile() + " cannot be read: " + unreadable.getMessage(), unreadable);
        }
    }

    /** The later readings: a cut-short file was reported by the first one, so its end is no news here. */
    private void readQuietly(WxrHandler handler) {
        try {
            read(handler);
        } catch (WxrUnreadable alreadyReported) {
            // the first reading's problem, recorded at the end of the run
        }
    }
}
