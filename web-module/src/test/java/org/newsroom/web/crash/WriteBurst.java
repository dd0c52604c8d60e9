package org.newsroom.web.crash;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.imageio.ImageIO;
import org.newsroom.web.it.StaffClient;

/**
 * Staff clients writing as fast as the server lets them, each on its own articles, one request at a
 * time: create a draft, upload an image, save with the image, publish; again. Every answer that says
 * "done" goes into the {@link Ledger}; the request under way when the server dies is noted as pending,
 * since it may or may not have committed. Bounded: loopback, a few clients, until {@link #stop()}.
 */
public final class WriteBurst {

    /** Every title carries it, so a search for it finds this burst's published articles and nothing else. */
    private final String runWord = "burst" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private final URI base;
    private final String username;
    private final String password;
    private final int clients;
    private final Ledger ledger = new Ledger();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private ExecutorService pool;

    public WriteBurst(URI base, String username, String password, int clients) {
        this.base = base;
        this.username = username;
        this.password = password;
        this.clients = clients;
    }

    public String runWord() {
        return runWord;
    }

    public Ledger ledger() {
        return ledger;
    }

    /** Signs every client in first, so the burst itself is writes only. */
    public void start() throws Exception {
        List<StaffClient> signedIn = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            StaffClient client = new StaffClient(base);
            String landing = client.signIn(username, password).body();
            if (!landing.contains("Signed in as")) {
                throw new IllegalStateException("client " + i + " could not sign in as " + username);
            }
            signedIn.add(client);
        }
        pool = Executors.newFixedThreadPool(clients);
        for (int i = 0; i < clients; i++) {
            StaffClient client = signedIn.get(i);
            int number = i;
            pool.submit(() -> write(client, number));
        }
    }

    /** Stops sending; requests under way end when the server is gone (their connections break). */
    public void stop() throws InterruptedException {
        running.set(false);
        pool.shutdown();
        if (!pool.awaitTermination(60, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
    }

    private void write(StaffClient client, int number) {
        int round = 0;
        while (running.get()) {
            round++;
            String title = runWord + " client " + number + " round " + round;
            Ledger.Article article = null;
            try {
                ledger.pending(null, Ledger.Op.CREATE);
                String body = "<p>Filed by client " + number + " in round " + round + ".</p>";
                HttpResponse<String> created = client.createDraft(title, body, "kazakhstan");
                if (created.statusCode() != 201) {
                    ledger.refused("create", created);
                    continue;
                }
                article = ledger.created(StaffClient.idOf(created), field(created.body(), "title"),
                        field(created.body(), "body"), number(created.body(), "version"));

                ledger.pending(article, Ledger.Op.UPLOAD);
                byte[] image = png(number, round);
                HttpResponse<String> uploaded = client.upload("burst-" + number + "-" + round + ".png", image,
                        "caption=client%20" + number + "&alt=round%20" + round);
                if (uploaded.statusCode() != 201) {
                    ledger.refused("upload", uploaded);
                    continue;
                }
                long imageId = number(uploaded.body(), "id");
                ledger.uploaded(article, imageId, field(uploaded.body(), "path"), image);

                String savedBody = "<p>Saved by client " + number + " in round " + round + ", with its picture.</p>";
                ledger.pending(article, Ledger.Op.SAVE);
                HttpResponse<String> saved = client.json("PUT", "api/newsroom/articles/" + article.id,
                        "{\"version\":" + article.version + ",\"title\":" + StaffClient.quote(title + " saved")
                                + ",\"body\":" + StaffClient.quote(savedBody)
                                + ",\"sectionSlugs\":[\"kazakhstan\"],\"featuredImageId\":" + imageId + "}");
                if (saved.statusCode() != 200) {
                    ledger.refused("save", saved);
                    continue;
                }
                ledger.saved(article, field(saved.body(), "title"), field(saved.body(), "body"),
                        number(saved.body(), "version"), imageId);

                ledger.pending(article, Ledger.Op.PUBLISH);
                HttpResponse<String> published = client.json("POST",
                        "api/newsroom/articles/" + article.id + "/actions/publish", "{}");
                if (published.statusCode() != 200 || !published.body().contains("\"PUBLISHED\"")) {
                    ledger.refused("publish", published);
                    continue;
                }
                ledger.published(article);
            } catch (IOException serverGone) {
                // The answer never came: what was pending stays pending.
                if (!running.get()) {
                    return;
                }
                sleepQuietly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException unexpected) {
                ledger.refused("client " + number + ": " + unexpected, null);
            }
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A small PNG whose pixels differ for every client and round, so every upload is new content. */
    static byte[] png(int client, int round) throws IOException {
        BufferedImage image = new BufferedImage(24, 16, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 24; x++) {
            for (int y = 0; y < 16; y++) {
                image.setRGB(x, y, (client * 7919 + round * 104729 + x * 31 + y) & 0xFFFFFF);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    static String field(String json, String name) {
        return jakarta.json.Json.createReader(new java.io.StringReader(json)).readObject().getString(name);
    }

    static long number(String json, String name) {
        return jakarta.json.Json.createReader(new java.io.StringReader(json)).readObject().getJsonNumber(name).longValue();
    }
}
