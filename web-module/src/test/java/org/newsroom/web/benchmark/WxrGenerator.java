package org.newsroom.web.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A big WordPress export made from the shared fixture, deterministically: its channel (authors, terms)
 * and attachments once, then its published posts replicated with new ids, slugs, varied titles and
 * dates an hour apart, until there are {@code posts} of them. Written as a stream.
 */
final class WxrGenerator {

    private static final DateTimeFormatter WP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String[] VARIATIONS = {"update", "analysis", "explainer", "briefing", "follow-up", "report"};

    private WxrGenerator() {
    }

    static Path generate(Path fixture, Path out, int posts) throws IOException {
        String xml = Files.readString(fixture, StandardCharsets.UTF_8);
        int firstItem = xml.indexOf("<item>");
        int end = xml.lastIndexOf("</channel>");
        String header = xml.substring(0, firstItem);
        List<String> attachments = new ArrayList<>();
        List<String> published = new ArrayList<>();
        for (String item : xml.substring(firstItem, end).split("(?=<item>)")) {
            if (item.contains("<wp:post_type><![CDATA[attachment]]>")) {
                attachments.add(item);
            } else if (item.contains("<wp:post_type><![CDATA[post]]>") && item.contains("<wp:status><![CDATA[publish]]>")) {
                published.add(item.replaceAll("(?s)<wp:comment>.*?</wp:comment>", ""));
            }
        }
        LocalDateTime start = LocalDateTime.of(2026, 11, 1, 12, 0);
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            writer.write(header);
            for (String attachment : attachments) {
                writer.write(attachment);
            }
            for (int n = 0; n < posts; n++) {
                String item = published.get(n % published.size());
                int copy = n / published.size();
                LocalDateTime gmt = start.minusHours(n);
                String variation = VARIATIONS[n % VARIATIONS.length] + " " + (copy + 1);
                item = replace(item, "<wp:post_id>(\\d+)</wp:post_id>", "<wp:post_id>" + (1_000_000 + n) + "</wp:post_id>");
                item = replace(item, "<title><!\\[CDATA\\[(.*?)]]></title>", "<title><![CDATA[$1 — " + variation + "]]></title>");
                item = replace(item, "<wp:post_name><!\\[CDATA\\[(.*?)]]></wp:post_name>",
                        "<wp:post_name><![CDATA[bench-" + n + "-$1]]></wp:post_name>");
                item = replace(item, "<wp:post_date_gmt><!\\[CDATA\\[.*?]]></wp:post_date_gmt>",
                        "<wp:post_date_gmt><![CDATA[" + WP.format(gmt) + "]]></wp:post_date_gmt>");
                item = replace(item, "<wp:post_date><!\\[CDATA\\[.*?]]></wp:post_date>",
                        "<wp:post_date><![CDATA[" + WP.format(gmt.plusHours(5)) + "]]></wp:post_date>");
                item = item.replace("<wp:is_sticky>1</wp:is_sticky>", "<wp:is_sticky>0</wp:is_sticky>");
                writer.write(item);
            }
            writer.write(xml.substring(end));
        }
        return out;
    }

    private static String replace(String text, String regex, String replacement) {
        Matcher matcher = Pattern.compile(regex, Pattern.DOTALL).matcher(text);
        return matcher.find() ? matcher.replaceFirst(replacement.contains("$1") ? replacement
                : Matcher.quoteReplacement(replacement)) : text;
    }
}
