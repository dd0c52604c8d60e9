package org.newsroom.deployment;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Payara Server distribution unpacked from Maven Central with a domain of its own on free ports,
 * and the jdbc/newsroom pool on PostgreSQL created as the README shows: its URL, user and password
 * read at run time from NEWSROOM_DB_URL, NEWSROOM_DB_USER and NEWSROOM_DB_PASSWORD.
 */
final class PayaraServer implements AutoCloseable {

    private static final String DOMAIN = "newsroom-smoke";
    private static final Duration ASADMIN_TIMEOUT = Duration.ofMinutes(4);
    private static final Duration BOOT_PATIENCE = Duration.ofMinutes(3);

    private final Path home;
    private final int portBase;
    private final Map<String, String> env = new HashMap<>();
    private boolean running;

    PayaraServer(Path home) {
        this.home = home;
        // create-domain --portbase puts the admin port at base+48, HTTP at base+80, and the rest
        // (JMS, IIOP, JMX, debug, Hazelcast...) elsewhere in base..base+99: all must be free.
        this.portBase = Processes.freePortBase(10000, 30000, 100, java.util.stream.IntStream.range(0, 100).toArray());
    }

    void createDomain(Path jdbcDriver) throws IOException {
        asadminRequire("delete-domain (leftover of an earlier run)", true, "delete-domain", DOMAIN);
        asadminRequire("create-domain", false, "create-domain", "--portbase", String.valueOf(portBase),
                "--nopassword", DOMAIN);
        Files.copy(jdbcDriver, home.resolve("glassfish/domains/" + DOMAIN + "/lib/postgresql.jar"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    /** The environment the domain's JVM starts with; takes effect at the next start. */
    void environment(Map<String, String> variables) {
        env.clear();
        env.putAll(variables);
    }

    void start() {
        asadminRequire("start-domain", false, "start-domain", DOMAIN);
        running = true;
    }

    void createPostgresPool() {
        asadminRequire("create-jdbc-connection-pool", false, "--port", adminPort(), "create-jdbc-connection-pool",
                "--statementcachesize", "200", "--isconnectvalidatereq", "true", "--validationmethod", "custom-validation",
                "--validationclassname", "org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation", "--failconnection", "true",
                "--datasourceclassname", "org.postgresql.ds.PGSimpleDataSource", "--restype", "javax.sql.DataSource",
                "NewsroomPool");
        for (String property : List.of("url=${ENV=NEWSROOM_DB_URL}", "user=${ENV=NEWSROOM_DB_USER}",
                "password=${ENV=NEWSROOM_DB_PASSWORD}")) {
            asadminRequire("set pool property", false, "--port", adminPort(), "set",
                    "resources.jdbc-connection-pool.NewsroomPool.property." + property);
        }
        asadminRequire("create-jdbc-resource", false, "--port", adminPort(), "create-jdbc-resource",
                "--connectionpoolid", "NewsroomPool", "jdbc/newsroom");
        // As README says: no response names the server.
        for (String header : List.of("server-header", "xpowered-by")) {
            asadminRequire("hide " + header, false, "--port", adminPort(), "set",
                    "configs.config.server-config.network-config.protocols.protocol.http-listener-1.http." + header + "=false");
        }
    }

    Processes.Result deploy(Path ear) {
        return asadmin("--port", adminPort(), "deploy", "--force=true", "--name", "newsroom", ear.toString());
    }

    /** After a restart the application answers 404 for a while: wait for the homepage itself. */
    void awaitHomepage() throws InterruptedException {
        int status = Http.awaitOk(baseUri(), BOOT_PATIENCE);
        if (status != 200) {
            throw new IllegalStateException("Payara Server did not serve the homepage (last status " + status + ")");
        }
    }

    /**
     * README's readiness check after a restart: polls {@code /api/rates} until it answers 200 with JSON,
     * noting meanwhile what {@code /} answered (Payara's welcome page, 500s, ...) and when. Once the API
     * is ready the homepage must be the newsroom's at once, or the check would be a lie.
     */
    String awaitReadinessAsReadmeSays() throws InterruptedException, IOException {
        long started = System.nanoTime();
        java.util.LinkedHashMap<String, Long> firstSeen = new java.util.LinkedHashMap<>();
        long deadline = started + BOOT_PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            firstSeen.putIfAbsent("/ " + describe(baseUri()), (System.nanoTime() - started) / 1_000_000);
            try {
                var rates = Http.get(baseUri().resolve("api/rates"));
                if (rates.statusCode() == 200 && rates.body().startsWith("{")) {
                    long readyMillis = (System.nanoTime() - started) / 1_000_000;
                    var home = Http.get(baseUri());
                    if (home.statusCode() != 200 || !home.body().contains(Http.APPLICATION_MARK)) {
                        throw new IllegalStateException("/api/rates was ready but / answered " + home.statusCode());
                    }
                    return "after the restart: " + firstSeen + " (ms after start-domain returned); /api/rates ready at "
                            + readyMillis + " ms";
                }
            } catch (IOException notYet) {
                // the listener is not up yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("/api/rates not ready within " + BOOT_PATIENCE + "; / answered " + firstSeen);
    }

    private static String describe(URI uri) throws InterruptedException {
        try {
            var response = Http.get(uri);
            String what = response.body().contains(Http.APPLICATION_MARK) ? "newsroom"
                    : response.body().toLowerCase(java.util.Locale.ROOT).contains("payara") ? "Payara page" : "other";
            return response.statusCode() + " " + what;
        } catch (IOException e) {
            return "no connection";
        }
    }

    void stop() {
        if (running) {
            asadmin("stop-domain", DOMAIN);
            running = false;
        }
        // A domain that half-started (a port taken, say) does not answer stop-domain: end its JVM.
        killDomainJvm();
    }

    /** SIGKILL to the domain's own JVM (found by its domain directory), as a crash or an OOM kill ends it. */
    void crash() throws InterruptedException {
        if (killDomainJvm() == 0) {
            throw new IllegalStateException("no JVM of the domain " + DOMAIN + " to kill");
        }
        running = false;
    }

    private int killDomainJvm() {
        String domainDir = home.resolve("glassfish/domains/" + DOMAIN).toString();
        List<ProcessHandle> jvms = ProcessHandle.allProcesses()
                .filter(process -> process.info().commandLine().map(line -> line.contains(domainDir)).orElse(false))
                .toList();
        jvms.forEach(ProcessHandle::destroyForcibly);
        jvms.forEach(jvm -> jvm.onExit().join());
        return jvms.size();
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + (portBase + 80) + "/");
    }

    String serverLog() throws IOException {
        Path log = home.resolve("glassfish/domains/" + DOMAIN + "/logs/server.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    private String adminPort() {
        return String.valueOf(portBase + 48);
    }

    private Processes.Result asadmin(String... args) {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/asadmin").toString());
        command.addAll(List.of(args));
        return Processes.run(home, env, ASADMIN_TIMEOUT, command);
    }

    private void asadminRequire(String what, boolean mayFail, String... args) {
        Processes.Result result = asadmin(args);
        if (!mayFail) {
            Processes.require(result, what);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
