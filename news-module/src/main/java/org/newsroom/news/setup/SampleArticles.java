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
    private static final String HEADER = "=== ";

    private SampleArticles() {
    }

    static List<Sample> load() {
        try (InputStream in = SampleArticles.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the news module");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
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
