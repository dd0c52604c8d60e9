package org.newsroom.web.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The built WAR on Payara Micro against the seeded database, as the README's Run command starts it. */
final class AppUnderTest implements AutoCloseable {

    private final Process process;
    private final int port;

    private AppUnderTest(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static AppUnderTest start(Path target, Path dir, String jdbc, int port, boolean pageCache) throws Exception {
        return start(target, dir, h2Pool(jdbc), port, pageCache, java.util.Map.of());
    }

    /** The post-boot commands of the seeded H2 database's pool, validated as the Run command's. */
    static List<String> h2Pool(String jdbc) {
        return List.of(
                "create-jdbc-connection-pool --statementcachesize=200 --isconnectvalidatereq=true --validationmethod=custom-validation --validationclassname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation --failconnection=true --datasourceclassname=org.h2.jdbcx.JdbcDataSource --restype=javax.sql.DataSource NewsroomPool",
                "set resources.jdbc-connection-pool.NewsroomPool.property.url=" + jdbc,
                "set resources.jdbc-connection-pool.NewsroomPool.property.user=newsroom",
                "set resources.jdbc-connection-pool.NewsroomPool.property.password=newsroom",
                "create-jdbc-resource --connectionpoolid=NewsroomPool jdbc/newsroom");
    }

    /** With the given post-boot commands (another database, other pool settings) and environment. */
    static AppUnderTest start(Path target, Path dir, List<String> postBootCommands, int port, boolean pageCache,
                              java.util.Map<String, String> environment) throws Exception {
        Path postBoot = dir.resolve("postboot.asadmin");
        Files.writeString(postBoot, String.join("\n", postBootCommands) + "\n");
        List<String> command = new java.util.ArrayList<>();
        // -Dbench.nodeNice=10: the node at a lower CPU priority than the front and wrk, as when they share a host.
        if (Integer.getInteger("bench.nodeNice", 0) != 0) {
            command.addAll(List.of("nice", "-n", Integer.toString(Integer.getInteger("bench.nodeNice"))));
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // -Dbench.nodeJvm="-XX:ParallelGCThreads=1 …": the node's JVM options, to measure what its GC takes from a front on the same host.
        String nodeJvm = System.getProperty("bench.nodeJvm", "").strip();
        if (!nodeJvm.isEmpty()) {
            command.addAll(List.of(nodeJvm.split("\\s+")));
        }
        command.addAll(List.of(
                "-jar", target.resolve("micro/payara-micro.jar").toString(), "--nocluster", "--port", Integer.toString(port),
                "--contextroot", "/", "--addlibs", target.resolve("micro/postgresql.jar").toString(),
                "--postbootcommandfile", postBoot.toString(), "--deploy", target.resolve("newsroom.war").toString()));
        ProcessBuilder micro = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("micro.log").toFile()));
        micro.environment().put("NEWSROOM_RATES_FETCH", "off");
        micro.environment().put("NEWSROOM_PAGE_CACHE", pageCache ? "on" : "off");
        micro.environment().put("NEWSROOM_DATA_DIR", dir.toAbsolutePath().toString());
        micro.environment().putAll(environment);
        AppUnderTest app = new AppUnderTest(micro.start(), port);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            try {
                if (Benchmark.get(app.base()).contains("class=\"ticker\"")) {
                    return app;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(1000);
        }
        app.close();
        throw new IllegalStateException("Payara Micro did not serve the homepage; see " + dir.resolve("micro.log"));
    }

    String base() {
        return "http://127.0.0.1:" + port + "/";
    }

    /** The CPU time the node's JVM has used so far (user and system, all threads), from /proc. */
    long cpuMillis() throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // utime and stime are fields 14 and 15 of proc(5), 12 and 13 after the name; in clock ticks of 10 ms.
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
    }

    /** Heap in use after a full collection, and the heap the JVM has reserved. */
    String heap() throws IOException, InterruptedException {
        String pid = Long.toString(process.pid());
        Wrk.exec(List.of("jcmd", pid, "GC.run"));
        String info = Wrk.exec(List.of("jcmd", pid, "GC.heap_info"));
        java.util.regex.Matcher heap = java.util.regex.Pattern.compile("total (\\d+)K, used (\\d+)K").matcher(info);
        return heap.find() ? Long.parseLong(heap.group(2)) / 1024 + " MB used of " + Long.parseLong(heap.group(1)) / 1024 + " MB"
                : "?";
    }

    /** The heap in use without a collection first (cheap enough to print while an import runs). */
    String heapQuiet() throws IOException, InterruptedException {
        String info = Wrk.exec(List.of("jcmd", Long.toString(process.pid()), "GC.heap_info"));
        java.util.regex.Matcher heap = java.util.regex.Pattern.compile("total (\\d+)K, used (\\d+)K").matcher(info);
        return heap.find() ? Long.parseLong(heap.group(2)) / 1024 + " MB" : "?";
    }

    @Override
    public void close() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
