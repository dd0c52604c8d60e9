package org.newsroom.deployment;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Payara Micro node of the test cluster, started as {@code .ci/cluster} starts one (docs/cluster.md): the
 * WAR, the shipped PostgreSQL pre-boot file, one cluster name, TCP/IP discovery on loopback. Killed by PID with
 * SIGKILL, restarted with the same name and ports.
 */
final class ClusterNode implements AutoCloseable {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int httpPort;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path log;
    private Process process;
    private int starts;

    ClusterNode(String name, int httpPort, int gridPort, String members, Path workDir, Map<String, String> environment) {
        this.name = name;
        this.httpPort = httpPort;
        this.environment = environment;
        this.log = workDir.resolve(name + ".log");
        Path micro = Path.of(System.getProperty("servers.dir"), "lib", "payara-micro.jar");
        command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-jar", micro.toString(), "--name", name, "--clustername", "newsroom-failover",
                "--clustermode", "tcpip:" + members, "--startport", Integer.toString(gridPort), "--interfaces", "127.0.0.1",
                "--nohostaware", "--port", Integer.toString(httpPort), "--contextroot", "/",
                "--rootdir", workDir.resolve(name + "-root").toString(),
                "--addlibs", Path.of(System.getProperty("servers.dir"), "lib", "postgresql.jar").toString(),
                "--prebootcommandfile", System.getProperty("micro.postgresql.commands"),
                "--deploy", System.getProperty("newsroom.war")));
    }

    void start() throws IOException {
        starts++;
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        process = builder.start();
    }

    /** Until the application answers its readiness address (the one Varnish's probe uses). */
    Duration awaitUp(Duration patience) throws Exception {
        long started = System.nanoTime();
        long deadline = started + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " ended while starting:\n" + tail());
            }
            try {
                HttpResponse<Void> ready = CLIENT.send(HttpRequest.newBuilder(base().resolve("/api/rates"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - started);
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " did not come up within " + patience + ":\n" + tail());
    }

    /** SIGKILL, as an OOM killer or a pulled plug would: no shutdown hook runs. */
    long kill() throws InterruptedException {
        long pid = process.pid();
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        return pid;
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + httpPort + "/");
    }

    String name() {
        return name;
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    /** The data grid's member list the node last logged, e.g. after it joined. */
    int lastLoggedMembers() throws IOException {
        String all = log();
        int at = all.lastIndexOf("Instances: {");
        if (at < 0) {
            return 0;
        }
        String list = all.substring(at, all.indexOf('}', at));
        return list.split("DataGrid:", -1).length - 1;
    }

    private String tail() {
        try {
            String all = log();
            return all.substring(Math.max(0, all.length() - 4000));
        } catch (IOException unreadable) {
            return "(no log: " + unreadable + ")";
        }
    }

    int starts() {
        return starts;
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
