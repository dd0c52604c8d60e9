package org.newsroom.web.crash;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * What the server acknowledged, as it acknowledged it: each article's last confirmed title, body,
 * status and image, each confirmed upload's bytes, and the one request per client that was sent but
 * not answered (it may or may not have committed, and either is right).
 */
public final class Ledger {

    enum Op { CREATE, UPLOAD, SAVE, PUBLISH }

    /** One article's confirmed state; {@code level} counts its confirmed steps (1 created, 2 saved, 3 published). */
    public static final class Article {
        final long id;
        final String createdTitle;
        final String createdBody;
        String title;
        String body;
        long version;
        Long imageId;
        int level = 1;
        Op pending;

        Article(long id, String title, String body, long version) {
            this.id = id;
            this.createdTitle = title;
            this.createdBody = body;
            this.title = title;
            this.body = body;
            this.version = version;
        }
    }

    /** One confirmed upload: its id, where it is served, and the bytes sent. */
    public record Upload(long id, String path, byte[] content) {
    }

    private final List<Article> articles = new ArrayList<>();
    private final List<Upload> uploads = new ArrayList<>();
    private final List<String> refusals = new ArrayList<>();
    private int unansweredCreates;
    private int unansweredUploads;

    synchronized void pending(Article article, Op op) {
        if (article == null) {
            unansweredCreates++;
        } else {
            article.pending = op;
            if (op == Op.UPLOAD) {
                unansweredUploads++;
            }
        }
    }

    synchronized Article created(long id, String title, String body, long version) {
        unansweredCreates--;
        Article article = new Article(id, title, body, version);
        articles.add(article);
        return article;
    }

    synchronized void uploaded(Article article, long id, String path, byte[] content) {
        unansweredUploads--;
        article.pending = null;
        uploads.add(new Upload(id, path, content));
    }

    synchronized void saved(Article article, String title, String body, long version, long imageId) {
        article.title = title;
        article.body = body;
        article.version = version;
        article.imageId = imageId;
        article.level = 2;
        article.pending = null;
    }

    synchronized void published(Article article) {
        article.level = 3;
        article.pending = null;
    }

    synchronized void refused(String what, HttpResponse<String> answer) {
        String said = what + (answer == null ? "" : " answered " + answer.statusCode() + ": " + answer.body());
        refusals.add(said.length() > 160 ? said.substring(0, 160) + "…" : said);
    }

    public synchronized List<Article> articles() {
        return List.copyOf(articles);
    }

    public synchronized List<Upload> uploads() {
        return List.copyOf(uploads);
    }

    /** Requests the server answered with a refusal: nothing was acknowledged by them, so nothing is owed. */
    public synchronized List<String> refusals() {
        return List.copyOf(refusals);
    }

    /** Every confirmed create, upload, save and publish. */
    public synchronized int acknowledged() {
        return articles.stream().mapToInt(a -> a.level).sum() + uploads.size();
    }

    public synchronized int acknowledgedPublishes() {
        return (int) articles.stream().filter(a -> a.level == 3).count();
    }

    /** Sent, never answered (the crash): creates and uploads. */
    public synchronized String unanswered() {
        long saves = articles.stream().filter(a -> a.pending == Op.SAVE).count();
        long publishes = articles.stream().filter(a -> a.pending == Op.PUBLISH).count();
        return unansweredCreates + " create(s), " + Math.max(0, unansweredUploads) + " upload(s), " + saves
                + " save(s), " + publishes + " publish(es)";
    }
}
