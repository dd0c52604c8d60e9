package org.newsroom.web.crash;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The built WAR on Payara Micro in a JVM of its own, started as the README's Run command starts it
 * (the same jar, the same post-boot file), so that it can be killed like a crashed server: the
 * shared Arquillian process must survive for the other tests.
 */
final class MicroProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Path microJar;
    private final Path war;
    private final Path postBoot;
    private final Path log;
    private final Map<String, String> environment;
    private final int port;
    private Process process;

    MicroProcess(Path microJar, Path war, Path postBoot, Path log, Map<String, String> environment) throws IOException {
        this.microJar = microJar;
        this.war = war;
        this.postBoot = postBoot;
        this.log = log;
        this.environment = Map.copyOf(environment);
        try (ServerSocket free = new ServerSocket(0)) {
            this.port = free.getLocalPort();
        }
    }

    /** Starts Micro and waits until the homepage is the newsroom's. */
    void start(Duration patience) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", microJar.toString(), "--nocluster", "--port", Integer.toString(port), "--contextroot", "/",
                "--postbootcommandfile", postBoot.toString(), "--deploy", war.toString()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        process = builder.start();
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro ended (exit " + process.exitValue() + "); see " + log);
            }
            try {
                HttpResponse<String> home = HTTP.send(HttpRequest.newBuilder(base()).timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (home.statusCode() == 200 && home.body().contains("class=\"ticker\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // still booting
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("Payara Micro did not serve the homepage within " + patience + "; see " + log);
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    /**
     * SIGKILL to the server's JVM itself (the process started here is the java process, no shell in
     * between): no shutdown hook, no flush, as an OOM kill or a crash ends it.
     */
    void kill() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the killed JVM " + process.pid() + " is still there");
        }
    }

    String log() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
