package org.newsroom.web.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A member of staff's browser session, as plain HTTP: form sign-in, then JSON calls. */
public final class StaffClient {

    /** What a staff tool sends with every state-changing API call; a forged cross-site request cannot. */
    public static final String API_HEADER = "X-Requested-With";

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private final HttpClient withoutRedirects = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    public StaffClient(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET whose answer is kept as bytes (a download). */
    public HttpResponse<byte[]> bytes(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Opens the newsroom, is sent to the sign-in form, and posts it. Returns the page it lands on. */
    public HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
        String page = get("newsroom/").body();
        java.util.regex.Matcher token = java.util.regex.Pattern
                .compile("name=\"signin_token\" value=\"([^\"]+)\"").matcher(page);
        String form = "j_username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&j_password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + (token.find() ? "&signin_token=" + token.group(1) : "");
        return http.send(HttpRequest.newBuilder(base.resolve("newsroom/sign-in"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Uploads an image file as the staff media API takes it: the body is the file. */
    public HttpResponse<String> upload(String fileName, byte[] content, String query) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve("api/newsroom/media" + (query.isEmpty() ? "" : "?" + query)))
                        .header("Content-Type", "application/octet-stream")
                        .header("X-File-Name", fileName)
                        .header(API_HEADER, "XMLHttpRequest")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(content))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A GET whose redirect is returned rather than followed (anonymous). */
    public HttpResponse<String> noRedirects(String path) throws IOException, InterruptedException {
        return withoutRedirects.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A JSON request to the staff API (POST with a body, GET without). */
    public HttpResponse<String> json(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json")
                .header(API_HEADER, "XMLHttpRequest");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A form post as a tool without a browser sends it (no Origin, no script-added fields), in {@code language}. */
    public HttpResponse<String> form(String path, java.util.Map<String, String> fields, String language)
            throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append(body.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return http.send(HttpRequest.newBuilder(base.resolve(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept-Language", language)
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> get(String path, String headerName, String headerValue) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).header(headerName, headerValue).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Creates a draft and publishes it; returns the publish answer (its body holds the new status). */
    public HttpResponse<String> publish(String title, String bodyHtml, String section) throws IOException, InterruptedException {
        HttpResponse<String> created = createDraft(title, bodyHtml, section);
        if (created.statusCode() != 201) {
            return created;
        }
        return json("POST", "api/newsroom/articles/" + idOf(created) + "/actions/publish", "{}");
    }

    public HttpResponse<String> createDraft(String title, String bodyHtml, String section) throws IOException, InterruptedException {
        String json = "{\"title\":" + quote(title) + ",\"body\":" + quote(bodyHtml) + ",\"sectionSlugs\":[" + quote(section) + "]}";
        return json("POST", "api/newsroom/articles", json);
    }

    /** The JSON object an API answer carries (errors included: {"error", "field"}). */
    public static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    public static long idOf(HttpResponse<String> created) {
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("\"id\":(\\d+)").matcher(created.body());
        if (!id.find()) {
            throw new IllegalStateException("No article id in " + created.body());
        }
        return Long.parseLong(id.group(1));
    }

    /** This session's cookies as a Cookie header, to forge a request with them. */
    public String cookieHeader() {
        return String.join("; ", cookies.getCookieStore().getCookies().stream().map(Object::toString).toList());
    }

    public HttpResponse<byte[]> getBytes(URI address) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(address).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A JSON string literal. */
    public static String quote(String text) {
        return jakarta.json.Json.createValue(text).toString();
    }
}
