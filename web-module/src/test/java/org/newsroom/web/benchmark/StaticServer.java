package org.newsroom.web.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** nginx serving the saved homepage, as the yardstick a static copy sets. */
final class StaticServer implements AutoCloseable {

    private final Path prefix;

    private StaticServer(Path prefix) {
        this.prefix = prefix;
    }

    static StaticServer start(Path root, int port) throws IOException, InterruptedException {
        Path prefix = root.getParent().resolve("nginx");
        Files.createDirectories(prefix.resolve("logs"));
        Files.writeString(prefix.resolve("nginx.conf"), String.join("\n",
                "worker_processes 2;", "pid " + prefix.resolve("nginx.pid") + ";", "error_log " + prefix.resolve("logs/error.log") + ";",
                "events { worker_connections 1024; }",
                "http { access_log off; sendfile on; keepalive_requests 100000;",
                "  server { listen 127.0.0.1:" + port + "; root " + root.toAbsolutePath() + "; index index.html;",
                "    location / { default_type text/html; } } }", ""));
        Wrk.exec(List.of("nginx", "-p", prefix.toAbsolutePath().toString(), "-c", prefix.resolve("nginx.conf").toAbsolutePath().toString()));
        Thread.sleep(500);
        return new StaticServer(prefix);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        Wrk.exec(List.of("nginx", "-p", prefix.toAbsolutePath().toString(), "-c",
                prefix.resolve("nginx.conf").toAbsolutePath().toString(), "-s", "stop"));
    }
}
