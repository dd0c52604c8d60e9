package org.newsroom.news.setup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Articles taken from the outlet's current site, so a first start shows a homepage that looks
 * like the real one. Each entry in the resource starts with "=== publishedAt | sections | title".
 */
final class SampleArticles {

    record Sample(LocalDateTime publishedAt, List<String> sectionSlugs, String title, String body) {
    }

    private static final String RESOURCE = "sample-articles.txt";
    /** Written for the project in Russian; each header names the English sample it translates (1 = the first). */
    private static final String RUSSIAN_RESOURCE = "sample-articles-ru.txt";

    /** A Russian sample and the position (0-based) in {@link #load()} of the English one it translates. */
    record Translation(Sample sample, int translates) {
    }
    private static final String HEADER = "=== ";

    private SampleArticles() {
    }

    static List<Sample> load() {
        return parse(lines(RESOURCE));
    }

    /** The Russian edition's samples: "=== publishedAt | sections | n | title", n the English sample's number. */
    static List<Translation> loadRussian() {
        List<Sample> parsed = parse(lines(RUSSIAN_RESOURCE));
        List<Translation> translations = new ArrayList<>();
        for (Sample sample : parsed) {
            String[] numberAndTitle = sample.title().split("\\s*\\|\\s*", 2);
            translations.add(new Translation(new Sample(sample.publishedAt(), sample.sectionSlugs(), numberAndTitle[1],
                    sample.body()), Integer.parseInt(numberAndTitle[0]) - 1));
        }
        return translations;
    }

    private static List<String> lines(String resource) {
        try (InputStream in = SampleArticles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the news module");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Sample> parse(List<String> lines) {
        List<Sample> samples = new ArrayList<>();
        String[] header = null;
        StringBuilder body = new StringBuilder();
        for (String line : lines) {
            if (line.startsWith(HEADER)) {
                if (header != null) {
                    samples.add(sample(header, body));
                }
                header = line.substring(HEADER.length()).split("\\s*\\|\\s*", 3);
                body.setLength(0);
            } else {
                body.append(line).append('\n');
            }
        }
        if (header != null) {
            samples.add(sample(header, body));
        }
        return samples;
    }

    private static Sample sample(String[] header, StringBuilder body) {
        return new Sample(LocalDateTime.parse(header[0].strip()),
                Arrays.stream(header[1].split(",")).map(String::strip).toList(),
                header[2].strip(), body.toString().strip());
    }
}
