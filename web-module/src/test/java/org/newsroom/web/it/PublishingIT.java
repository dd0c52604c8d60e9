package org.newsroom.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The publishing workflow as staff meet it, over the newsroom's API: roles enforced by the EJBs,
 * no lost edits, scheduling, unpublishing, revisions, sanitising.
 */
class PublishingIT extends AgainstTheServer {

    private URI base() throws Exception {
        return base.toURI();
    }

    @Test
    void aReporterWritesAndSubmitsAnEditorPublishesAndReadersSeeIt() throws Exception {
        StaffClient reporter = Staff.as(base(), Staff.REPORTER);
        String title = "Bishkek bakers " + unique();
        HttpResponse<String> draft = reporter.createDraft(title, "<p>Bread prices rose.</p>", "kyrgyzstan");
        assertEquals(201, draft.statusCode(), draft.body());
        long id = StaffClient.idOf(draft);
        assertEquals("DRAFT", StaffClient.json(draft).getString("status"));

        HttpResponse<String> forged = reporter.json("POST", "api/newsroom/articles/" + id + "/actions/publish", "{}");
        assertEquals(403, forged.statusCode(), "a reporter's forged publish is refused by the EJB");
        assertTrue(StaffClient.json(forged).getString("error").contains("Reporters"), forged.body());

        assertEquals("IN_REVIEW", StaffClient.json(reporter.json("POST", "api/newsroom/articles/" + id + "/actions/submit", "{}"))
                .getString("status"));
        assertEquals(403, reporter.json("PUT", "api/newsroom/articles/" + id,
                "{\"version\":1,\"title\":\"Changed after submitting\",\"body\":\"<p>x</p>\"}").statusCode(),
                "once submitted, the draft is with the editors");
        assertFalse(new StaffClient(base()).get("").body().contains(title), "not public before it is published");

        StaffClient editor = Staff.as(base(), Staff.EDITOR);
        assertEquals("PUBLISHED", StaffClient.json(editor.json("POST", "api/newsroom/articles/" + id + "/actions/publish", "{}"))
                .getString("status"));
        assertTrue(new StaffClient(base()).get("").body().contains(title), "published, it leads the homepage");

        JsonObject refused = auditEntries("REFUSED", Staff.REPORTER);
        assertTrue(refused.getJsonArray("entries").toString().contains("article " + id), "the refusal is recorded");
    }

    @Test
    void aReporterCannotEditAnotherPersonsWork() throws Exception {
        StaffClient editor = Staff.as(base(), Staff.EDITOR);
        long id = StaffClient.idOf(editor.createDraft("Editor's own draft " + unique(), "<p>Mine.</p>", "politics"));
        HttpResponse<String> attempt = Staff.as(base(), Staff.REPORTER).json("PUT", "api/newsroom/articles/" + id,
                "{\"version\":1,\"title\":\"Hijacked\",\"body\":\"<p>x</p>\"}");
        assertEquals(404, attempt.statusCode(), "a colleague's draft is confidential, not even shown: " + attempt.body());
        assertEquals("Editor's own draft", StaffClient.json(editor.json("GET", "api/newsroom/articles/" + id, null))
                .getString("title").substring(0, 18));
        editor.json("POST", "api/newsroom/articles/" + id + "/actions/publish", "{}");
        long version = StaffClient.json(editor.json("GET", "api/newsroom/articles/" + id, null)).getJsonNumber("version").longValue();
        HttpResponse<String> onPublished = Staff.as(base(), Staff.REPORTER).json("PUT", "api/newsroom/articles/" + id,
                "{\"version\":" + version + ",\"title\":\"Hijacked\",\"body\":\"<p>x</p>\"}");
        assertEquals(403, onPublished.statusCode(), "published, so readable, but still not the reporter's to edit: "
                + onPublished.body());
    }

    @Test
    void aSaveBasedOnAStaleVersionIsRefusedNamingWhoSavedInBetween() throws Exception {
        StaffClient eddie = Staff.as(base(), Staff.EDITOR);
        StaffClient erin = Staff.as(base(), Staff.OTHER_EDITOR);
        long id = StaffClient.idOf(eddie.createDraft("Two editors " + unique(), "<p>First words.</p>", "economy"));
        long opened = StaffClient.json(eddie.json("GET", "api/newsroom/articles/" + id, null)).getJsonNumber("version").longValue();

        HttpResponse<String> erinsSave = erin.json("PUT", "api/newsroom/articles/" + id,
                "{\"version\":" + opened + ",\"title\":\"Erin's headline\",\"body\":\"<p>Erin's words.</p>\"}");
        assertEquals(200, erinsSave.statusCode(), erinsSave.body());

        HttpResponse<String> eddiesSave = eddie.json("PUT", "api/newsroom/articles/" + id,
                "{\"version\":" + opened + ",\"title\":\"Eddie's headline\",\"body\":\"<p>Eddie's words.</p>\"}");
        assertEquals(409, eddiesSave.statusCode(), eddiesSave.body());
        JsonObject refusal = StaffClient.json(eddiesSave);
        assertTrue(refusal.getString("error").contains("Erin Editor"), "names who saved in between");
        assertTrue(refusal.getString("savedAt").matches("\\d{1,2} \\w{3} \\d{4} \\d{2}:\\d{2} \\(.+\\)"), refusal.toString());
        assertEquals("Erin's headline", StaffClient.json(eddie.json("GET", "api/newsroom/articles/" + id, null)).getString("title"),
                "nothing was overwritten");
    }

    @Test
    void aScheduledArticleIsPublishedByTheTimerOnTime() throws Exception {
        StaffClient editor = Staff.as(base(), Staff.EDITOR);
        String title = "Scheduled story " + unique();
        long id = StaffClient.idOf(editor.createDraft(title, "<p>Embargoed until noon.</p>", "society"));

        HttpResponse<String> past = editor.json("POST", "api/newsroom/articles/" + id + "/actions/schedule",
                "{\"scheduledFor\":\"" + OffsetDateTime.now(ZoneOffset.UTC).minusHours(1) + "\"}");
        assertEquals(400, past.statusCode(), "a time in the past is refused");

        String when = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(5).toString();
        assertEquals("SCHEDULED", StaffClient.json(editor.json("POST", "api/newsroom/articles/" + id + "/actions/schedule",
                "{\"scheduledFor\":\"" + when + "\"}")).getString("status"));

        Instant deadline = Instant.now().plusSeconds(60);
        String status = "SCHEDULED";
        while (!status.equals("PUBLISHED") && Instant.now().isBefore(deadline)) {
            Thread.sleep(1000);
            status = StaffClient.json(editor.json("GET", "api/newsroom/articles/" + id, null)).getString("status");
        }
        assertEquals("PUBLISHED", status, "the timer published it");
        assertTrue(new StaffClient(base()).get("").body().contains(title));
        String published = auditEntries("PUBLISH", "scheduler").getJsonArray("entries").toString();
        assertEquals(1, published.split("article " + id + " ", -1).length - 1, "published once: " + published);
    }

    @Test
    void anUnpublishedArticleIsGoneFromListsAndItsAddressAnswers410() throws Exception {
        StaffClient editor = Staff.as(base(), Staff.EDITOR);
        String title = "Withdrawn story " + unique();
        long id = publishedArticle(editor, title, "<p>Soon withdrawn.</p>", "politics");
        String slug = StaffClient.json(editor.json("GET", "api/newsroom/articles/" + id, null)).getString("slug");
        assertEquals(200, new StaffClient(base()).get("article.xhtml?slug=" + slug).statusCode());

        assertEquals("UNPUBLISHED", StaffClient.json(editor.json("POST", "api/newsroom/articles/" + id + "/actions/unpublish", "{}"))
                .getString("status"));
        StaffClient reader = new StaffClient(base());
        assertFalse(reader.get("").body().contains(title), "gone from the homepage");
        HttpResponse<String> page = reader.get("article.xhtml?slug=" + slug);
        assertEquals(410, page.statusCode());
        assertTrue(page.body().contains("withdrawn"));
    }

    @Test
    void aChangedSlugKeepsTheOldAddressAnsweringWith301() throws Exception {
        StaffClient editor = Staff.as(base(), Staff.EDITOR);
        String title = "Old address " + unique();
        long id = publishedArticle(editor, title, "<p>Moved.</p>", "economy");
        JsonObject article = StaffClient.json(editor.json("GET", "api/newsroom/articles/" + id, null));
        String oldSlug = article.getString("slug");
        HttpResponse<String> saved = editor.json("PUT", "api/newsroom/articles/" + id,
                "{\"version\":" + article.getJsonNumber("version") + ",\"title\":" + StaffClient.quote(title)
                        + ",\"slug\":\"new-address-" + unique() + "\",\"body\":\"<p>Moved.</p>\"}");
        assertEquals(200, saved.statusCode(), saved.body());
        String newSlug = StaffClient.json(saved).getString("slug");

        HttpResponse<String> old = new StaffClient(base()).noRedirects("article.xhtml?slug=" + oldSlug);
        assertEquals(301, old.statusCode());
        assertTrue(old.headers().firstValue("Location").orElse("").endsWith("/" + newSlug + "/"), "straight to the permalink");
    }

    @Test
    void everySaveIsARevisionThatCanBeComparedAndRestored() throws Exception {
        StaffClient editor = Staff.as(base(), Staff.EDITOR);
        long id = StaffClient.idOf(editor.createDraft("First headline " + unique(), "<p>Version one.</p>", "society"));
        long v = StaffClient.json(editor.json("GET", "api/newsroom/articles/" + id, null)).getJsonNumber("version").longValue();
        v = StaffClient.json(editor.json("PUT", "api/newsroom/articles/" + id, "{\"version\":" + v
                + ",\"title\":\"Second headline\",\"body\":\"<p>Version two.</p>\",\"tags\":[\"bread\"]}"))
                .getJsonNumber("version").longValue();

        assertEquals(2, StaffClient.json(editor.json("GET", "api/newsroom/articles/" + id + "/revisions", null))
                .getJsonArray("revisions").size());
        String changes = editor.json("GET", "api/newsroom/articles/" + id + "/revisions/compare?from=1&to=2", null).body();
        assertTrue(changes.contains("<ins>") && changes.contains("<del>"), changes);

        JsonObject restored = StaffClient.json(editor.json("POST", "api/newsroom/articles/" + id + "/revisions/1/restore",
                "{\"version\":" + v + "}"));
        assertTrue(restored.getString("title").startsWith("First headline"));
        assertEquals(3, StaffClient.json(editor.json("GET", "api/newsroom/articles/" + id + "/revisions", null))
                .getJsonArray("revisions").size(), "restoring adds a revision; none is overwritten");
    }

    @Test
    void scriptsAndEventHandlersInTheBodyAreRemovedOnSave() throws Exception {
        StaffClient editor = Staff.as(base(), Staff.EDITOR);
        HttpResponse<String> created = editor.createDraft("Hostile body " + unique(),
                "<p>Fine text.</p><script>alert(1)</script><img src=x onerror=alert(2)><a href=\"javascript:alert(3)\">x</a>",
                "politics");
        String body = StaffClient.json(created).getString("body");
        assertTrue(body.contains("Fine text."));
        assertFalse(body.contains("<script") || body.contains("onerror") || body.contains("javascript:"), body);
    }

    @Test
    void overLongTitlesAreRefusedAndARepeatedTitleGetsItsOwnAddress() throws Exception {
        StaffClient editor = Staff.as(base(), Staff.EDITOR);
        HttpResponse<String> tooLong = editor.createDraft("x".repeat(201), "<p>x</p>", "politics");
        assertEquals(400, tooLong.statusCode());
        assertEquals("title", StaffClient.json(tooLong).getString("field"), tooLong.body());
        assertTrue(StaffClient.json(tooLong).getString("error").contains("200 characters"), tooLong.body());

        String title = "Same headline " + unique();
        String first = StaffClient.json(editor.createDraft(title, "<p>One.</p>", "politics")).getString("slug");
        String second = StaffClient.json(editor.createDraft(title, "<p>Two.</p>", "politics")).getString("slug");
        assertEquals(first + "-2", second, "a duplicate slug is never stored; the second article gets its own");
    }

    @Test
    void aDisabledAccountCannotSignInAndItsChangesAreAudited() throws Exception {
        Staff.ensureAccounts(base());
        StaffClient admin = Staff.signedIn(base(), "admin", NewsroomDeployment.ADMIN_PASSWORD);
        String name = "temp" + unique();
        assertEquals(201, admin.json("POST", "api/newsroom/admin/accounts", "{\"username\":\"" + name
                + "\",\"displayName\":\"Temp\",\"role\":\"REPORTER\",\"password\":\"" + Staff.PASSWORD + "\"}").statusCode());
        assertEquals(200, admin.json("POST", "api/newsroom/admin/accounts/" + name + "/disable", "{}").statusCode());
        assertFalse(new StaffClient(base()).signIn(name, Staff.PASSWORD).body().contains("Signed in as"));
        assertEquals(200, admin.json("POST", "api/newsroom/admin/accounts/" + name + "/enable", "{}").statusCode());
        Staff.signedIn(base(), name, Staff.PASSWORD);
        assertEquals(403, Staff.as(base(), Staff.EDITOR).json("GET", "api/newsroom/admin/accounts", null).statusCode(),
                "only admins manage accounts");
        String log = auditEntries(null, "admin").toString();
        assertTrue(log.contains("ACCOUNT_DISABLED") && log.contains("ACCOUNT_ENABLED"), log);
    }

    @Test
    void repeatedFailedSignInsAreThrottled() throws Exception {
        String name = "nobody-" + unique();
        for (int attempt = 0; attempt < 5; attempt++) {
            assertTrue(new StaffClient(base()).signIn(name, "wrong").body().contains("Sign-in failed"));
        }
        assertTrue(new StaffClient(base()).signIn(name, "wrong").body().contains("Too many failed sign-ins"),
                "the sixth try has to wait");
    }

    private static long publishedArticle(StaffClient editor, String title, String body, String section) throws Exception {
        long id = StaffClient.idOf(editor.createDraft(title, body, section));
        HttpResponse<String> published = editor.json("POST", "api/newsroom/articles/" + id + "/actions/publish", "{}");
        assertEquals(200, published.statusCode(), published.body());
        return id;
    }

    private JsonObject auditEntries(String action, String actor) throws Exception {
        StaffClient admin = Staff.signedIn(base(), "admin", NewsroomDeployment.ADMIN_PASSWORD);
        String query = "api/newsroom/admin/audit?max=1000" + (action == null ? "" : "&action=" + action)
                + (actor == null ? "" : "&actor=" + actor);
        return StaffClient.json(admin.json("GET", query, null));
    }


    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
