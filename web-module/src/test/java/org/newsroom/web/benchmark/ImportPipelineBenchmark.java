package org.newsroom.web.benchmark;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.newsroom.news.article.ArticleBody;
import org.newsroom.news.article.PermalinkPattern;
import org.newsroom.news.importing.ImportedLinks;
import org.newsroom.news.importing.IndexedLinks;
import org.newsroom.news.importing.PostMapping;
import org.newsroom.news.importing.PostPlan;
import org.newsroom.news.importing.WordPressBody;
import org.newsroom.news.importing.WxrHandler;
import org.newsroom.news.importing.WxrIndex;
import org.newsroom.news.importing.WxrItem;
import org.newsroom.news.importing.WxrReader;

/**
 * The import's own work without a server or database: a generated export of {@code bench.posts} posts
 * (default 10000,100000) read as the import reads it (the index, then every post mapped, converted and
 * sanitised), in this JVM; run it with {@code -Xmx512m} to see that the heap stays flat.
 * Its time is the floor under the full {@link ImportBenchmark}.
 */
public final class ImportPipelineBenchmark {

    private ImportPipelineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path fixture = Path.of(System.getProperty("bench.fixture", "../news-module/src/test/resources/wordpress-export")).toAbsolutePath().normalize();
        Path target = Path.of(System.getProperty("bench.target", "target"));
        for (String count : System.getProperty("bench.posts", "10000,100000").split(",")) {
            int posts = Integer.parseInt(count.strip());
            Path export = Files.createDirectories(target.resolve("bench")).resolve("pipeline-" + posts + ".xml");
            long generating = System.nanoTime();
            WxrGenerator.generate(fixture.resolve("steppe-courier.wordpress.xml"), export, posts);
            long indexing = System.nanoTime();
            ZoneId almaty = ZoneId.of("Asia/Almaty");
            LocalDateTime now = LocalDateTime.of(2026, 12, 1, 8, 0);
            WxrIndex index = new WxrIndex(almaty, PermalinkPattern.of(null), almaty, now);
            try (InputStream in = new BufferedInputStream(Files.newInputStream(export), 1 << 16)) {
                WxrReader.read(in, index);
            }
            long converting = System.nanoTime();
            Map<Long, ImportedLinks.ImportedFile> files = new HashMap<>();
            index.attachments().forEach((id, a) -> files.put(id, new ImportedLinks.ImportedFile(
                    "/media/" + (1_000_000_000_000_000L + id) + ".jpg", a.altText(), a.caption())));
            ImportedLinks links = new IndexedLinks(index, id -> Optional.ofNullable(files.get(id)));
            long[] peak = {0};
            try (InputStream in = new BufferedInputStream(Files.newInputStream(export), 1 << 16)) {
                WxrReader.read(in, new WxrHandler() {
                    private int n;

                    @Override
                    public boolean item(WxrItem item) {
                        if ("post".equals(item.type())) {
                            PostPlan plan = PostMapping.plan(item, almaty, "en", now);
                            ArticleBody.sanitize(WordPressBody.convert(item.content(), item.postId(), links).html());
                            if (++n % 1000 == 0 && plan != null) {
                                Runtime runtime = Runtime.getRuntime();
                                peak[0] = Math.max(peak[0], runtime.totalMemory() - runtime.freeMemory());
                            }
                        }
                        return true;
                    }
                });
            }
            long done = System.nanoTime();
            System.gc();
            Runtime runtime = Runtime.getRuntime();
            System.out.printf("| %,d | %d MB | %.1f s | %.1f s | %.1f s (%.0f posts/s) | %d MB | %d MB of %d MB |%n", posts,
                    Files.size(export) >> 20, (indexing - generating) / 1e9, (converting - indexing) / 1e9,
                    (done - converting) / 1e9, posts / ((done - converting) / 1e9), peak[0] >> 20,
                    (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20);
            Files.delete(export);
        }
    }
}
