package org.newsroom.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** A feed reader, crawler and API client in one: fetches and parses back what DiscoveryIT checks. */
final class DiscoveryClient {

    static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";
    /** Every public list a Russian article appears in: its edition's feeds, the sitemaps and the API's list. */
    static final List<String> PLACES = List.of("ru/feed/rss.xml", "ru/feed/atom.xml", "ru/feed/turkmenistan/rss.xml",
            "ru/feed/turkmenistan/atom.xml", "sitemap.xml", "sitemap-news.xml", "api/articles",
            "api/articles?section=turkmenistan");

    /** All URLs one sitemap (followed through its index) lists, with what the files looked like. */
    record Sitemap(boolean indexed, int files, int largestFile, List<String> locations, List<String> lastModified) {
    }

    /** The article addresses each public place lists right now. */
    record Sightings(Map<String, List<String>> byPlace) {
        List<String> in(String place) {
            return byPlace.get(place);
        }

        boolean anywhere(String link) {
            return byPlace.values().stream().anyMatch(links -> links.contains(link));
        }
    }

    private final StaffClient http;

    DiscoveryClient(URI base) {
        this.http = new StaffClient(base);
    }

    /** What the failsafe configuration sets for the server (Micro inherits the test JVM's environment). */
    static int urlsPerSitemapFile() {
        String configured = System.getenv("NEWSROOM_SITEMAP_URLS_PER_FILE");
        return configured == null || configured.isBlank() ? 50_000 : Integer.parseInt(configured.strip());
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.get(path);
    }

    HttpResponse<String> get(String path, String header, String value) throws Exception {
        return http.get(path, header, value);
    }

    HttpResponse<String> noRedirects(String path) throws Exception {
        return http.noRedirects(path);
    }

    SyndFeed feed(String path) throws Exception {
        HttpResponse<String> answer = ok(path);
        return new SyndFeedInput().build(new StringReader(answer.body()));
    }

    Document xml(String path) throws Exception {
        HttpResponse<String> answer = ok(path);
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/xml"), path);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(answer.body())));
    }

    JsonObject apiList(String path) throws Exception {
        return json(ok(path));
    }

    /** /sitemap.xml, and when it is an index, every file it names. */
    Sitemap sitemap() throws Exception {
        Document root = xml("sitemap.xml");
        String kind = root.getDocumentElement().getLocalName();
        List<Document> files = new ArrayList<>();
        if (kind.equals("sitemapindex")) {
            for (String file : texts(root, SITEMAP_NS, "loc")) {
                Document page = xml(file);
                assertEquals("urlset", page.getDocumentElement().getLocalName(), file);
                files.add(page);
            }
        } else {
            assertEquals("urlset", kind);
            files.add(root);
        }
        List<String> locations = new ArrayList<>();
        List<String> lastModified = new ArrayList<>();
        int largest = 0;
        for (Document file : files) {
            assertEquals(SITEMAP_NS, file.getDocumentElement().getNamespaceURI());
            List<String> urls = texts(file, SITEMAP_NS, "loc");
            largest = Math.max(largest, urls.size());
            locations.addAll(urls);
            lastModified.addAll(texts(file, SITEMAP_NS, "lastmod"));
        }
        return new Sitemap(kind.equals("sitemapindex"), files.size(), largest, locations, lastModified);
    }

    Sightings everywhere() throws Exception {
        Map<String, List<String>> byPlace = new LinkedHashMap<>();
        for (String place : PLACES) {
            List<String> links;
            if (place.startsWith("feed/") || place.startsWith("ru/feed/")) {
                links = feed(place).getEntries().stream().map(SyndEntry::getLink).toList();
            } else if (place.equals("sitemap.xml")) {
                links = sitemap().locations();
            } else if (place.startsWith("sitemap")) {
                links = texts(xml(place), SITEMAP_NS, "loc");
            } else {
                links = apiList(place).getJsonArray("articles").getValuesAs(JsonObject.class).stream()
                        .map(article -> article.getString("url")).toList();
            }
            byPlace.put(place, links);
        }
        return new Sightings(byPlace);
    }

    private HttpResponse<String> ok(String path) throws Exception {
        HttpResponse<String> answer = http.get(path);
        assertEquals(200, answer.statusCode(), path + ": " + answer.body());
        return answer;
    }

    static JsonObject json(HttpResponse<String> response) {
        return StaffClient.json(response);
    }

    static List<String> texts(Document xml, String namespace, String name) {
        NodeList nodes = xml.getElementsByTagNameNS(namespace, name);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
