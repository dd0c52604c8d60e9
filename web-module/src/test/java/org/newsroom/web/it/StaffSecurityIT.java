package org.newsroom.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The staff-security holes found by the security pass, each tried the way it was found: with a
 * signed-in session's cookie over plain HTTP (see {@link ForgedRequestBrowserIT} for the browser ones).
 */
class StaffSecurityIT extends AgainstTheServer {


    private StaffClient admin() throws Exception {
        return Staff.signedIn(base.toURI(), "admin", NewsroomDeployment.ADMIN_PASSWORD);
    }

    private String newAccount(StaffClient admin, String role) throws Exception {
        String name = "sec-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = admin.json("POST", "api/newsroom/admin/accounts", "{\"username\":\"" + name
                + "\",\"displayName\":\"Сәуле Қасымова\",\"role\":\"" + role + "\",\"password\":\"" + Staff.PASSWORD + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        return name;
    }

    @Test
    void aDemotedThenDisabledAdminsOpenSessionLosesItsPowersOnTheNextRequest() throws Exception {
        StaffClient admin = admin();
        String name = newAccount(admin, "ADMIN");
        StaffClient revoked = Staff.signedIn(base.toURI(), name, Staff.PASSWORD);
        assertEquals(200, revoked.get("newsroom/admin/accounts.xhtml").statusCode(), "an admin, for now");

        assertEquals(200, admin.json("POST", "api/newsroom/admin/accounts/" + name + "/role", "{\"role\":\"REPORTER\"}").statusCode());
        HttpResponse<String> asReporter = revoked.json("POST", "api/newsroom/admin/accounts", "{\"username\":\"sneaky"
                + name.substring(4) + "\",\"displayName\":\"Sneaky\",\"role\":\"ADMIN\",\"password\":\"" + Staff.PASSWORD + "\"}");
        assertEquals(403, asReporter.statusCode(), "the demotion holds at once: " + asReporter.body());
        assertEquals(403, revoked.get("newsroom/admin/accounts.xhtml").statusCode(), "no admin page for a reporter");
        assertEquals(200, revoked.get("newsroom/").statusCode(), "still a reporter");

        assertEquals(200, admin.json("POST", "api/newsroom/admin/accounts/" + name + "/disable", "{}").statusCode());
        HttpResponse<String> disabled = revoked.json("GET", "api/newsroom/articles/1", null);
        assertEquals(401, disabled.statusCode(), "a disabled account's session is over: " + disabled.body());
        HttpResponse<String> page = revoked.get("newsroom/");
        assertTrue(page.body().contains("j_password"), "the newsroom asks to sign in again");
        assertFalse(admin.get("api/newsroom/admin/accounts").body().contains("\"sneaky"), "no admin was created");
    }

    @Test
    void aPasswordResetEndsTheSessionsOpenedWithTheOldPassword() throws Exception {
        StaffClient admin = admin();
        String name = newAccount(admin, "EDITOR");
        StaffClient laptop = Staff.signedIn(base.toURI(), name, Staff.PASSWORD);
        assertEquals(201, laptop.createDraft("До сброса", "<p>ok</p>", "kazakhstan").statusCode());
        assertEquals(204, admin.json("POST", "api/newsroom/admin/accounts/" + name + "/password",
                "{\"password\":\"a-new-password-2026\"}").statusCode());
        assertEquals(401, laptop.json("POST", "api/newsroom/articles", "{\"title\":\"Стоп\"}").statusCode(),
                "the laptop left signed in with the old password is signed out");
        StaffClient fresh = Staff.signedIn(base.toURI(), name, "a-new-password-2026");
        assertEquals(201, fresh.createDraft("Жаңа құпиясөз", "<p>ok</p>", "kazakhstan").statusCode());
    }

    @Test
    void aForgedPublishWithoutTheApiHeaderOrFromAnotherOriginIsRefused() throws Exception {
        StaffClient editor = Staff.as(base.toURI(), Staff.EDITOR);
        long id = StaffClient.idOf(editor.createDraft("Подделка " + UUID.randomUUID(), "<p>x</p>", "kazakhstan"));
        String cookie = editor.cookieHeader();
        URI publish = base.toURI().resolve("api/newsroom/articles/" + id + "/actions/publish");
        HttpClient http = HttpClient.newHttpClient();
        // What navigator.sendBeacon / a no-cors fetch can send: a cookie, no custom header, text/plain.
        HttpResponse<String> beacon = http.send(HttpRequest.newBuilder(publish).header("Cookie", cookie)
                .header("Content-Type", "text/plain;charset=UTF-8").POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, beacon.statusCode(), beacon.body());
        HttpResponse<String> otherPort = http.send(HttpRequest.newBuilder(publish).header("Cookie", cookie)
                .header("X-Requested-With", "XMLHttpRequest").header("Origin", "http://" + base.getHost() + ":1")
                .header("Sec-Fetch-Site", "same-site").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, otherPort.statusCode(), otherPort.body());
        assertEquals("DRAFT", StaffClient.json(editor.json("GET", "api/newsroom/articles/" + id, null)).getString("status"));
        assertEquals(200, editor.json("POST", "api/newsroom/articles/" + id + "/actions/publish", "{}").statusCode(),
                "the newsroom's own call goes through");
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndHttpOnly() throws Exception {
        HttpURLConnection login = (HttpURLConnection) base.toURI().resolve("newsroom/login.xhtml").toURL().openConnection();
        String setCookie = String.join(";", login.getHeaderFields().getOrDefault("Set-Cookie", List.of()));
        assertTrue(setCookie.contains("JSESSIONID"), setCookie);
        assertTrue(setCookie.toLowerCase().contains("samesite=lax"), setCookie);
        assertTrue(setCookie.toLowerCase().contains("httponly"), setCookie);
    }

    @Test
    void aSignInPostedFromAnotherSiteOrWithoutTheFormsTokenIsRefused() throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String form = "j_username=admin&j_password=" + NewsroomDeployment.ADMIN_PASSWORD;
        HttpResponse<String> noToken = http.send(HttpRequest.newBuilder(base.toURI().resolve("newsroom/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertFalse(noToken.body().contains("Signed in as"), "login CSRF: no token, no session");
        assertTrue(noToken.body().contains("did not come from this site"), noToken.body());
    }

    @Test
    void anEmbargoedImageIsHiddenFromReadersUntilItsArticleIsPublished() throws Exception {
        StaffClient editor = Staff.as(base.toURI(), Staff.EDITOR);
        HttpResponse<String> uploaded = editor.upload("embargo.png", MediaIT.png(), "caption=Embargo");
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        JsonObject image = StaffClient.json(uploaded);
        long imageId = image.getJsonNumber("id").longValue();
        assertTrue(imageId > 1_000_000_000_000_000L, "not guessable by counting: " + imageId);
        URI address = base.toURI().resolve(image.getString("path").substring(1));
        long id = StaffClient.idOf(editor.json("POST", "api/newsroom/articles", "{\"title\":\"Эмбарго "
                + UUID.randomUUID() + "\",\"body\":\"<p>Until 2027.</p>\",\"featuredImageId\":" + imageId + "}"));
        int nextYear = LocalDate.now().getYear() + 1;
        assertEquals(200, editor.json("POST", "api/newsroom/articles/" + id + "/actions/schedule",
                "{\"scheduledFor\":\"" + nextYear + "-01-05T09:00\"}").statusCode());

        HttpClient reader = HttpClient.newHttpClient();
        assertEquals(404, reader.send(HttpRequest.newBuilder(address).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode(), "a reader gets nothing of a scheduled story");
        HttpResponse<byte[]> staffCopy = editor.getBytes(address);
        assertEquals(200, staffCopy.statusCode(), "staff see it in the editor");
        assertTrue(staffCopy.headers().firstValue("Cache-Control").orElse("").startsWith("private"),
                "no shared cache may keep an embargoed image");

        assertEquals(200, editor.json("POST", "api/newsroom/articles/" + id + "/actions/publish", "{}").statusCode());
        HttpResponse<byte[]> published = reader.send(HttpRequest.newBuilder(address).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, published.statusCode(), "public once its story is out");
        assertTrue(published.headers().firstValue("Cache-Control").orElse("").contains("immutable"));
    }

    @Test
    void aReporterCannotReadAColleaguesDraftOrSeeItInTheLists() throws Exception {
        StaffClient admin = admin();
        String colleague = newAccount(admin, "REPORTER");
        StaffClient other = Staff.signedIn(base.toURI(), colleague, Staff.PASSWORD);
        String title = "Секрет " + UUID.randomUUID();
        long id = StaffClient.idOf(other.createDraft(title, "<p>Источник: министр.</p>", "kazakhstan"));

        StaffClient rita = Staff.as(base.toURI(), Staff.REPORTER);
        HttpResponse<String> read = rita.json("GET", "api/newsroom/articles/" + id, null);
        assertEquals(404, read.statusCode(), read.body());
        assertEquals(404, rita.json("GET", "api/newsroom/articles/" + id + "/revisions", null).statusCode());
        assertFalse(rita.get("newsroom/articles.xhtml").body().contains(title), "not in the article list");
        assertFalse(rita.get("newsroom/revisions.xhtml?id=" + id).body().contains("министр"));
        assertEquals(200, Staff.as(base.toURI(), Staff.EDITOR).json("GET", "api/newsroom/articles/" + id, null).statusCode(),
                "editors read everything");
    }

    @Test
    void hostileInputIsAlwaysAFourHundredWithAMessageNeverAFiveHundred() throws Exception {
        StaffClient editor = Staff.as(base.toURI(), Staff.EDITOR);
        long id = StaffClient.idOf(editor.createDraft("Проверка ввода", "<p>x</p>", "kazakhstan"));
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        Map<String, String> bodies = new java.util.LinkedHashMap<>();
        bodies.put("open brace", "{");
        bodies.put("array", "[]");
        bodies.put("bare string", "\"тенге\"");
        bodies.put("empty", "");
        bodies.put("deep nesting", deep);
        bodies.put("image id as string", "{\"title\":\"x\",\"featuredImageId\":\"12\"}");
        bodies.put("long excerpt", "{\"title\":\"x\",\"excerpt\":\"" + "ә".repeat(5000) + "\"}");
        bodies.put("long tag", "{\"title\":\"x\",\"tags\":[\"" + "ғ".repeat(200) + "\"]}");
        bodies.put("long language", "{\"title\":\"x\",\"language\":\"" + "ң".repeat(100) + "\"}");
        bodies.put("tags not a list", "{\"title\":\"x\",\"tags\":\"a,b\"}");
        List<String> failures = new ArrayList<>();
        for (var body : bodies.entrySet()) {
            check(failures, "create, " + body.getKey(), editor.json("POST", "api/newsroom/articles", body.getValue()));
        }
        check(failures, "save, version as string", editor.json("PUT", "api/newsroom/articles/" + id,
                "{\"title\":\"x\",\"version\":\"1\"}"));
        check(failures, "save, no body", editor.json("PUT", "api/newsroom/articles/" + id, ""));
        check(failures, "compare from=-5", editor.json("GET", "api/newsroom/articles/" + id + "/revisions/compare?from=-5&to=1", null));
        check(failures, "30 MB body", editor.json("POST", "api/newsroom/articles",
                "{\"title\":\"x\",\"body\":\"<p>" + "a".repeat(30 * 1024 * 1024) + "</p>\"}"));
        StaffClient admin = admin();
        check(failures, "audit max=-1", admin.json("GET", "api/newsroom/admin/audit?max=-1", null));
        check(failures, "display name of 500", admin.json("POST", "api/newsroom/admin/accounts",
                "{\"username\":\"longname\",\"displayName\":\"" + "і".repeat(500) + "\",\"role\":\"EDITOR\",\"password\":\"" + Staff.PASSWORD + "\"}"));
        check(failures, "role as number", admin.json("POST", "api/newsroom/admin/accounts",
                "{\"username\":\"numrole\",\"displayName\":\"N\",\"role\":3,\"password\":\"" + Staff.PASSWORD + "\"}"));
        for (String wrong : List.of("[]", "\"тенге\"", "{}", "{\"sourceFile\":5}", "{\"sourceFile\":\"/no/such/export.xml\"}",
                "{\"sourceFile\":\"/etc/passwd\",\"siteTimeZone\":\"Алматы\"}")) {
            check(failures, "WordPress import " + wrong, admin.json("POST", "api/newsroom/admin/imports", wrong));
        }
        check(failures, "import report of no run", admin.json("GET", "api/newsroom/admin/imports/999999/report?max=-3", null));
        for (String wrong : List.of("{\"currency\":\"KZT\",\"effectiveDate\":\"2026-12-01\",\"quote\":\"сто\",\"source\":\"x\",\"reason\":\"y\"}",
                "{\"currency\":\"KZT\",\"effectiveDate\":\"первое\",\"quote\":470,\"source\":\"x\",\"reason\":\"y\"}",
                "{\"currency\":\"KZT\",\"effectiveDate\":\"2026-12-01\",\"quote\":470,\"nominal\":\"one\",\"source\":\"x\",\"reason\":\"y\"}",
                "[]")) {
            check(failures, "manual rate " + wrong, admin.json("POST", "api/newsroom/rates/manual", wrong));
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));

        HttpResponse<String> typed = editor.json("PUT", "api/newsroom/articles/" + id, "{\"title\":\"x\",\"version\":\"1\"}");
        assertEquals("version", StaffClient.json(typed).getString("field"), "the answer names the field at fault");
        HttpResponse<String> image = editor.upload("bomb.png", MediaIT.pngOfSize(20_000, 20_000), "");
        assertEquals(400, image.statusCode(), "a 20,000 × 20,000 image is refused: " + image.body());
        assertTrue(image.body().contains("million pixels"), image.body());

        StaffClient reader = new StaffClient(base.toURI());
        assertEquals(404, reader.get("kazakhstan?page=abc").statusCode());
        assertEquals(404, reader.get("kazakhstan?page=99999999999").statusCode());
    }

    private static void check(List<String> failures, String what, HttpResponse<String> answer) {
        int status = answer.statusCode();
        boolean jsonError = answer.body().startsWith("{\"error\"");
        if (status < 400 || status >= 500 || !jsonError || answer.body().contains("Exception")) {
            failures.add(what + " → " + status + " " + answer.body().substring(0, Math.min(200, answer.body().length())));
        }
    }

    @Test
    void errorsNeverNameTheServerOrAnExceptionClass() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> api = http.send(HttpRequest.newBuilder(base.toURI().resolve("api/newsroom/articles/1")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, api.statusCode());
        assertTrue(api.body().startsWith("{\"error\""), "JSON for the API: " + api.body());
        StaffClient rita = Staff.as(base.toURI(), Staff.REPORTER);
        HttpResponse<String> forbidden = rita.get("newsroom/admin/accounts.xhtml");
        assertEquals(403, forbidden.statusCode());
        assertTrue(forbidden.body().contains("Not allowed"), forbidden.body());
        for (HttpResponse<String> answer : List.of(api, forbidden, rita.get("newsroom/edit.xhtml?id=not-a-number"))) {
            assertFalse(answer.body().contains("Payara") || answer.body().contains("GlassFish")
                    || answer.body().contains("Exception"), answer.uri() + ": " + answer.body());
            assertTrue(answer.headers().firstValue("Server").isEmpty(), "no Server header on " + answer.uri());
            assertTrue(answer.headers().firstValue("X-Powered-By").isEmpty(), "no X-Powered-By on " + answer.uri());
        }
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        StaffClient reader = new StaffClient(base.toURI());
        reader.get("");  // the second homepage is the page cache's copy
        StaffClient editor = Staff.as(base.toURI(), Staff.EDITOR);
        for (HttpResponse<String> answer : List.of(reader.get(""), reader.get("api/articles"), reader.get("feed/rss.xml"),
                editor.get("newsroom/"))) {
            var headers = answer.headers();
            assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""), answer.uri().toString());
            assertTrue(headers.firstValue("Referrer-Policy").isPresent(), answer.uri().toString());
            assertTrue(headers.firstValue("Permissions-Policy").isPresent(), answer.uri().toString());
            String policy = headers.firstValue("Content-Security-Policy").orElse("");
            assertTrue(policy.contains("default-src 'self'") && policy.contains("object-src 'none'"), answer.uri() + ": " + policy);
        }
        String staffPolicy = editor.get("newsroom/").headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(staffPolicy.contains("'nonce-"), "PrimeFaces' scripts run by nonce: " + staffPolicy);
        assertFalse(staffPolicy.contains("script-src 'self' 'unsafe-inline'"), staffPolicy);
    }

    @Test
    void theSignInPageShowsOnlyTheServersOwnWaitNeverTextFromTheAddress() throws Exception {
        String page = new StaffClient(base.toURI()).get("newsroom/login.xhtml?wait=forever%20and%20call%20+7-700").body();
        assertFalse(page.contains("forever"), page);
        assertFalse(page.contains("Too many failed sign-ins"), "no throttle was hit");
    }

    @Test
    void onePasswordTriedOnManyUsernamesFromOneAddressIsHeldBack() throws Exception {
        HttpResponse<String> last = null;
        for (int i = 0; i < 21; i++) {
            last = new StaffClient(base.toURI()).signIn("nobody-" + i + "-" + UUID.randomUUID(), "Summer2026!");
        }
        assertTrue(last.body().contains("Too many failed sign-ins"), "the address is throttled after twenty names");
        Thread.sleep(2_500);  // the wait after twenty-one failures is two seconds; a correct sign-in then resets it
        Staff.signedIn(base.toURI(), "admin", NewsroomDeployment.ADMIN_PASSWORD);
    }

    @Test
    void aForgedHostNeverChangesWhatTheNextReaderGets() throws Exception {
        StaffClient editor = Staff.as(base.toURI(), Staff.EDITOR);
        String title = "Host " + UUID.randomUUID();
        HttpResponse<String> published = editor.publish(title, "<p>Canonical.</p>", "kazakhstan");
        assertEquals(200, published.statusCode());
        String slug = slugOf(editor, title);
        String url = StaffClient.json(new StaffClient(base.toURI()).get("api/articles/" + slug)).getString("url");
        String path = java.net.URI.create(url).getRawPath();
        String forged = rawGet(path, "evil.example");
        assertTrue(forged.contains("200"), forged.substring(0, Math.min(200, forged.length())));
        HttpResponse<String> next = new StaffClient(base.toURI()).get(path.substring(base.getPath().length()));
        assertFalse(next.body().contains("evil.example"), "the next reader's canonical link is ours");
        assertTrue(next.body().contains("<link rel=\"canonical\" href=\"http://" + base.getHost()), next.body());
    }

    /**
     * curl posting a staff form with a value that fails validation, without the nonce PrimeFaces' script adds to
     * every form: PrimeFaces refuses to render the answer. That is the sender's fault, so 400 with a page that says
     * what to do, in the language asked for, not the 500 "something went wrong on our side" it was. With the nonce
     * the same post is answered with the form and the field's message.
     */
    @Test
    void aFormPostWithoutThePagesNonceIsA400ThatSaysWhy() throws Exception {
        StaffClient admin = admin();
        HttpResponse<String> dashboard = admin.get("newsroom/");
        String page = dashboard.body();
        java.util.regex.Matcher form = java.util.regex.Pattern.compile(
                "<form id=\"interfaceLanguage\"[^>]*action=\"([^\"]+)\"[\\s\\S]*?name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(page);
        assertTrue(form.find(), "the dashboard has the language form: " + page);
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("interfaceLanguage", "interfaceLanguage");
        fields.put("interfaceLanguage:language", "no-such-language");
        fields.put("interfaceLanguage:chooseLanguage", "Choose");
        fields.put("jakarta.faces.ViewState", form.group(2).replace("&#58;", ":"));
        String action = form.group(1).replace("&amp;", "&").substring(base.getPath().length());

        HttpResponse<String> withoutNonce = admin.form(action, fields, "ru");
        assertEquals(400, withoutNonce.statusCode(), withoutNonce.body());
        assertTrue(withoutNonce.body().contains("Форма не принята") && withoutNonce.body().contains("защитного ключа"),
                withoutNonce.body());
        assertFalse(withoutNonce.body().contains("Что-то пошло не так"), withoutNonce.body());

        java.util.regex.Matcher nonce = java.util.regex.Pattern.compile("'nonce-([^']+)'")
                .matcher(dashboard.headers().firstValue("Content-Security-Policy").orElse(""));
        assertTrue(nonce.find(), "the staff page's policy names PrimeFaces' nonce");
        fields.put("primefaces.nonce", nonce.group(1));
        HttpResponse<String> withNonce = admin.form(action, fields, "en");
        assertEquals(200, withNonce.statusCode(), withNonce.body());
        assertTrue(withNonce.body().contains("id=\"interfaceLanguage:language\""), "the form again, with its message");
    }

    private String slugOf(StaffClient editor, String title) throws Exception {
        HttpResponse<String> list = new StaffClient(base.toURI()).get("api/articles?size=50");
        for (var article : StaffClient.json(list).getJsonArray("articles")) {
            if (article.asJsonObject().getString("title").equals(title)) {
                return article.asJsonObject().getString("slug");
            }
        }
        throw new AssertionError(title + " is not in " + list.body());
    }

    /** A GET with a Host header of our choosing, as curl -H 'Host: …' sends it (HttpClient refuses to). */
    private String rawGet(String path, String host) throws Exception {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
