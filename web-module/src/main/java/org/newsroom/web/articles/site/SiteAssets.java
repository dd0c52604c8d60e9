package org.newsroom.web.articles.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The readers' static files, read from the WAR once: {@code #{siteAssets.url('site.css')}} gives a page
 * the fingerprinted address {@link SiteAssetServlet} serves. The stylesheet stays where Faces finds it
 * too (resources/css), for the staff pages that share the readers' layout.
 */
@Named
@ApplicationScoped
public class SiteAssets {

    static final String PREFIX = "/assets/";
    private static final Map<String, String> SOURCES = Map.of(
            "site.css", "/resources/css/site.css",
            "rates.css", "/resources/css/rates.css",
            "site.js", "/resources/js/site.js",
            "icon.svg", "/WEB-INF/site/icon.svg",
            "icon-192.png", "/WEB-INF/site/icon-192.png",
            "icon-512.png", "/WEB-INF/site/icon-512.png",
            "favicon.ico", "/WEB-INF/site/favicon.ico");

    @Inject
    private ServletContext servlets;

    private volatile Map<String, SiteAsset> assets;

    /** The address of an asset, e.g. /assets/site.3f2a9c01d4.css. */
    public String url(String name) {
        SiteAsset asset = all().get(name);
        if (asset == null) {
            throw new IllegalArgumentException("no site asset " + name);
        }
        return servlets.getContextPath() + PREFIX + asset.fingerprintedName();
    }

    /** By its file name (favicon.ico) or its fingerprinted one. */
    Optional<SiteAsset> find(String name) {
        SiteAsset byName = all().get(name);
        if (byName != null) {
            return Optional.of(byName);
        }
        return all().values().stream().filter(asset -> asset.fingerprintedName().equals(name)).findFirst();
    }

    /** The web manifest: names, colours and the icons' fingerprinted addresses. */
    SiteAsset manifest() {
        return all().get("site.webmanifest");
    }

    private Map<String, SiteAsset> all() {
        Map<String, SiteAsset> loaded = assets;
        if (loaded == null) {
            loaded = new LinkedHashMap<>();
            for (Map.Entry<String, String> source : SOURCES.entrySet()) {
                loaded.put(source.getKey(), SiteAsset.of(source.getKey(), read(source.getValue())));
            }
            String context = servlets.getContextPath();
            loaded.put("site.webmanifest", SiteAsset.text("site.webmanifest", """
                    {"name":"Newsroom: news from Central Asia","short_name":"Newsroom","lang":"en",\
                    "start_url":"%1$s/","scope":"%1$s/","display":"browser","background_color":"#ffffff","theme_color":"#1f3a5f",\
                    "icons":[{"src":"%2$s","sizes":"192x192","type":"image/png"},\
                    {"src":"%3$s","sizes":"512x512","type":"image/png"},\
                    {"src":"%4$s","sizes":"any","type":"image/svg+xml"}]}
                    """.formatted(context, context + PREFIX + loaded.get("icon-192.png").fingerprintedName(),
                    context + PREFIX + loaded.get("icon-512.png").fingerprintedName(),
                    context + PREFIX + loaded.get("icon.svg").fingerprintedName())));
            assets = Map.copyOf(loaded);
        }
        return loaded;
    }

    private byte[] read(String path) {
        try (InputStream in = servlets.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the WAR has no " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
