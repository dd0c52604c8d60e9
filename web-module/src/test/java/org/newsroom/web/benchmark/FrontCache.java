package org.newsroom.web.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's Varnish with the repository's VCL (web-module/src/main/varnish/newsroom.vcl) in front of the
 * benchmark's node: both of the VCL's backends are pointed at it, so the probes, the director and the ban
 * path are the shipped ones. Stopped by PID.
 */
final class FrontCache implements AutoCloseable {

    private final Process process;
    private final int port;

    private FrontCache(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static FrontCache start(Path vcl, Path dir, int port, int nodePort) throws Exception {
        Files.createDirectories(dir);
        Path file = dir.resolve("newsroom.vcl");
        Files.writeString(file, Files.readString(vcl).replace(".port = \"8081\"", ".port = \"" + nodePort + "\"")
                .replace(".port = \"8082\"", ".port = \"" + nodePort + "\""));
        // Varnish compiles the VCL as its own unprivileged user.
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        Process varnish = new ProcessBuilder(List.of("/usr/sbin/varnishd", "-F", "-a", "127.0.0.1:" + port, "-f", file.toString(),
                "-n", dir.resolve("instance").toString(), "-s", "malloc,256m", "-T", "127.0.0.1:0"))
                .redirectErrorStream(true).redirectOutput(dir.resolve("varnishd.log").toFile()).start();
        FrontCache front = new FrontCache(varnish, port);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            try {
                if (Benchmark.get(front.base()).contains("class=\"ticker\"")) {
                    return front;
                }
            } catch (IOException notYet) {
                // compiling the VCL, or the probes have not passed yet
            }
            Thread.sleep(500);
        }
        front.close();
        throw new IllegalStateException("Varnish did not serve the homepage; see " + dir.resolve("varnishd.log"));
    }

    String base() {
        return "http://127.0.0.1:" + port + "/";
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
