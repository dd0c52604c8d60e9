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

    /** What tells a coalesced wait from a backend stampede (varnishstat's MAIN counters). */
    static final List<String> COUNTERS = List.of("cache_hit", "cache_miss", "cache_hitmiss", "cache_hitpass", "busy_sleep",
            "busy_wakeup", "backend_req", "backend_retry", "fetch_uncacheable", "n_obj_purged", "bans");

    private final Process process;
    private final int port;
    private final Path instance;

    private FrontCache(Process process, int port, Path instance) {
        this.process = process;
        this.port = port;
        this.instance = instance;
    }

    /** The {@link #COUNTERS} now, from varnishstat. */
    java.util.Map<String, Long> counters() throws IOException, InterruptedException {
        Process stat = new ProcessBuilder("varnishstat", "-n", instance.toString(), "-1").redirectErrorStream(true).start();
        java.util.Map<String, Long> values = new java.util.LinkedHashMap<>();
        String out = new String(stat.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        stat.waitFor(10, TimeUnit.SECONDS);
        for (String name : COUNTERS) {
            java.util.regex.Matcher line = java.util.regex.Pattern.compile("(?m)^MAIN\\." + name + "\\s+(\\d+)").matcher(out);
            values.put(name, line.find() ? Long.parseLong(line.group(1)) : -1);
        }
        return values;
    }

    /** The counters that moved between two {@link #counters()} readings. */
    static String moved(java.util.Map<String, Long> before, java.util.Map<String, Long> after) {
        StringBuilder text = new StringBuilder();
        before.forEach((name, value) -> text.append(text.isEmpty() ? "" : ", ").append(name).append(' ')
                .append(after.get(name) - value));
        return text.toString();
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
        FrontCache front = new FrontCache(varnish, port, dir.resolve("instance"));
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
