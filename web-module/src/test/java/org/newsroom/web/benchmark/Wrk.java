package org.newsroom.web.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Debian's wrk on loopback: requests per second, latency percentiles, errors and response size. */
final class Wrk {

    record Result(double requestsPerSecond, String p50, String p99, long errors, long bytes) {
        String row(int size, String page) {
            return String.format("| %d | %s | %.0f | %s | %s | %d | %d |", size, page, requestsPerSecond, p50, p99, errors, bytes);
        }
    }

    private Wrk() {
    }

    static Result run(String url, int seconds, int connections) throws IOException, InterruptedException {
        return run(url, seconds, connections, List.of());
    }

    /** With wrk options of its own: a header (-H), a Lua script (-s) that makes each request's address. */
    static Result run(String url, int seconds, int connections, List<String> options) throws IOException, InterruptedException {
        // Warm-up, not counted: the JIT compiles the hot path, the page cache fills.
        String threads = "-t" + Math.min(2, connections);
        List<String> warmUp = new java.util.ArrayList<>(List.of("wrk", threads, "-c" + connections,
                "-d" + Integer.getInteger("bench.warmup", 10) + "s"));
        warmUp.addAll(options);
        warmUp.add(url);
        exec(warmUp);
        List<String> measured = new java.util.ArrayList<>(List.of("wrk", threads, "-c" + connections, "-d" + seconds + "s", "--latency"));
        measured.addAll(options);
        measured.add(url);
        String out = exec(measured);
        System.out.println(url + "\n" + out);
        long bytes;
        try {
            bytes = options.contains("Accept-Encoding: gzip") ? Benchmark.gzippedSize(url)
                    : Benchmark.get(url).getBytes(StandardCharsets.UTF_8).length;
        } catch (IOException tooSlow) {
            bytes = -1; // the page did not come back at all: the table says so
        }
        return new Result(number(out, "Requests/sec:\\s+([\\d.]+)"), text(out, "\\s50%\\s+(\\S+)"), text(out, "\\s99%\\s+(\\S+)"),
                (long) (number(out, "Non-2xx or 3xx responses: (\\d+)") + errors(out)), bytes);
    }

    private static long errors(String out) {
        Matcher socket = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)").matcher(out);
        if (!socket.find()) {
            return 0;
        }
        long sum = 0;
        for (int group = 1; group <= 4; group++) {
            sum += Long.parseLong(socket.group(group));
        }
        return sum;
    }

    private static double number(String out, String regex) {
        Matcher match = Pattern.compile(regex).matcher(out);
        return match.find() ? Double.parseDouble(match.group(1)) : 0;
    }

    private static String text(String out, String regex) {
        Matcher match = Pattern.compile(regex).matcher(out);
        return match.find() ? match.group(1) : "?";
    }

    static String exec(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }
}
