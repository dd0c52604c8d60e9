package org.newsroom.web.articles.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.newsroom.news.article.ArticleFilter;
import org.newsroom.news.article.PublicArticle;
import org.newsroom.news.article.PublicArticleLookup;
import org.newsroom.news.article.PublicArticles;
import org.newsroom.web.http.SiteAddresses;
import org.newsroom.web.rest.JsonResponses;

/**
 * Public JSON of published articles: GET /api/articles (newest first, paged, filtered by section,
 * tag, author and language) and GET /api/articles/{slug}, which answers 301 for an old slug, 410 for
 * a withdrawn article and 404 for an unknown one. Answers carry an ETag and Cache-Control.
 */
@Path("articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticlesResource {

    /** Longer filter values cannot match anything stored (slugs, tags and usernames are shorter). */
    static final int MAX_FILTER_LENGTH = 160;
    private static final int MAX_AGE_SECONDS = 60;

    @Inject
    private PublicArticles articles;

    @GET
    public Response list(@QueryParam("page") String page, @QueryParam("size") String size,
                         @QueryParam("section") String section, @QueryParam("tag") String tag,
                         @QueryParam("author") String author, @QueryParam("language") String language,
                         @QueryParam("edition") String edition,
                         @Context Request request, @Context UriInfo uri, @Context HttpServletRequest servletRequest) {
        PageRequest paging;
        org.newsroom.news.edition.Edition inEdition = null;
        try {
            if (edition != null && !edition.isBlank()) {
                inEdition = org.newsroom.news.edition.Edition.ofCode(edition).orElseThrow(
                        () -> new IllegalArgumentException("edition is \"en\" or \"ru\"."));
            }
            paging = PageRequest.parse(page, size);
            for (String value : new String[] {section, tag, author, language}) {
                if (value != null && value.length() > MAX_FILTER_LENGTH) {
                    throw new IllegalArgumentException("Filters have at most " + MAX_FILTER_LENGTH + " characters.");
                }
            }
        } catch (IllegalArgumentException refused) {
            return JsonResponses.error(Response.Status.BAD_REQUEST, refused.getMessage());
        }
        ArticleFilter filter = new ArticleFilter(section, tag, author, language, inEdition);
        long total = articles.count(filter);
        List<PublicArticle> found = paging.first() < total
                ? articles.latest(filter, paging.first(), paging.size()) : List.of();
        SiteAddresses site = SiteAddresses.of(servletRequest);
        JsonArrayBuilder items = Json.createArrayBuilder();
        found.forEach(article -> items.add(ArticlesJson.summary(article, site)));
        long pages = paging.pages(total);
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("page", paging.page())
                .add("size", paging.size())
                .add("total", total)
                .add("pages", pages)
                .add("articles", items);
        if (paging.page() < pages) {
            json.add("next", uri.getRequestUriBuilder().replaceQueryParam("page", paging.page() + 1).build().toString());
        }
        if (paging.page() > 1 && total > 0) {
            long previous = Math.min(paging.page() - 1L, pages);
            json.add("previous", uri.getRequestUriBuilder().replaceQueryParam("page", previous).build().toString());
        }
        return JsonResponses.cacheable(request, json.build(), MAX_AGE_SECONDS);
    }

    @GET
    @Path("{slug}")
    public Response one(@PathParam("slug") String slug, @Context Request request,
                        @Context HttpServletRequest servletRequest) {
        PublicArticleLookup lookup = articles.lookup(slug);
        SiteAddresses site = SiteAddresses.of(servletRequest);
        return switch (lookup.outcome()) {
            case FOUND -> JsonResponses.cacheable(request, ArticlesJson.detail(lookup.article(), site), MAX_AGE_SECONDS);
            case MOVED -> {
                String current = site.articleInApi(lookup.currentSlug());
                yield Response.status(Response.Status.MOVED_PERMANENTLY)
                        .location(URI.create(current))
                        .type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(Json.createObjectBuilder().add("movedTo", current).build().toString())
                        .build();
            }
            case GONE -> JsonResponses.error(Response.Status.GONE, "This article has been withdrawn.");
            case MISSING -> JsonResponses.error(Response.Status.NOT_FOUND, "There is no article \"" + slug + "\".");
        };
    }
}
