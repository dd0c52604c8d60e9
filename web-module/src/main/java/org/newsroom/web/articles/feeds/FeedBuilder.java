package org.newsroom.web.articles.feeds;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.newsroom.news.article.PublicArticle;
import org.newsroom.news.article.SectionRef;
import org.newsroom.web.editions.EditionSettings;
import org.newsroom.web.editions.EditionTexts;
import org.newsroom.web.http.SiteAddresses;

/** An RSS 2.0 or Atom 1.0 feed of published articles, built and written with ROME. */
final class FeedBuilder {

    static final String SITE_NAME = "Newsroom";
    /** How many articles a feed carries. */
    static final int ENTRIES = 20;

    private FeedBuilder() {
    }

    /**
     * @param section null for the whole site's feed
     */
    static SyndFeed feed(FeedRequest request, SectionRef section, List<PublicArticle> articles, SiteAddresses site) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(request.format().romeType());
        feed.setEncoding(StandardCharsets.UTF_8.name());
        String siteName = EditionSettings.siteName(request.edition());
        EditionTexts texts = EditionTexts.of(request.edition());
        feed.setTitle(section == null ? siteName : siteName + ": " + section.name());
        feed.setDescription(section == null ? texts.format("feed.description", siteName)
                : texts.format("feed.sectionDescription", siteName, section.name()));
        feed.setLanguage(request.edition().code());
        feed.setLink(site.home());
        String self = site.absolute(request.path());
        // Atom wants a permanent id and a link to itself; the feed's own address is both.
        feed.setUri(self);
        SyndLink selfLink = new SyndLinkImpl();
        selfLink.setRel("self");
        selfLink.setHref(self);
        selfLink.setType(request.format().contentType().split(";")[0]);
        SyndLink alternate = new SyndLinkImpl();
        alternate.setRel("alternate");
        alternate.setHref(site.home());
        feed.setLinks(List.of(alternate, selfLink));
        // Atom's required <updated> (and RSS's pubDate): the latest change to anything in the feed.
        feed.setPublishedDate(articles.stream().map(PublicArticle::updatedAt).max(Comparator.naturalOrder())
                .map(FeedBuilder::date).orElse(new Date(0)));
        feed.setEntries(articles.stream().map(article -> entry(article, site)).toList());
        return feed;
    }

    private static SyndEntry entry(PublicArticle article, SiteAddresses site) {
        SyndEntry entry = new SyndEntryImpl();
        String link = site.article(article.slug(), article.publishedAt(), article.language());
        entry.setTitle(article.title());
        entry.setLink(link);
        entry.setUri(link);
        if (!article.excerpt().isBlank()) {
            // An empty body gives no excerpt; an empty <description> or <summary> would only be noise.
            SyndContent description = new SyndContentImpl();
            description.setType("text/plain");
            description.setValue(article.excerpt());
            entry.setDescription(description);
        }
        entry.setAuthor(article.authorName());
        entry.setPublishedDate(date(article.publishedAt()));
        entry.setUpdatedDate(date(article.updatedAt()));
        entry.setCategories(article.sections().stream().map(FeedBuilder::category).toList());
        return entry;
    }

    private static SyndCategory category(SectionRef section) {
        SyndCategory category = new SyndCategoryImpl();
        category.setName(section.name());
        category.setLabel(section.name());
        return category;
    }

    static byte[] write(SyndFeed feed) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            new SyndFeedOutput().output(feed, writer);
        } catch (IOException | FeedException e) {
            throw new IllegalStateException("Could not write the " + feed.getFeedType() + " feed", e);
        }
        return bytes.toByteArray();
    }

    private static Date date(LocalDateTime utc) {
        return Date.from(utc.toInstant(ZoneOffset.UTC));
    }
}
