package org.newsroom.deployment;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A WildFly distribution unpacked from Maven Central, set up the way the README tells an operator
 * to: EclipseLink in the org.eclipse.persistence module, then the shipped {@code newsroom-h2.cli}
 * (the jdbc/newsroom datasource, the root context free for the application, Jakarta Security enabled).
 */
final class WildFlyServer implements AutoCloseable {

    private static final Duration CLI_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration BOOT_PATIENCE = Duration.ofMinutes(4);

    private final Path home;
    private final int portOffset;
    private final Map<String, String> env = new HashMap<>();
    private Process process;

    WildFlyServer(Path home, Map<String, String> env) {
        this.home = home;
        this.env.putAll(env);
        // WildFly's standalone ports (AJP, HTTP, HTTPS, management, transactions) moved by one offset.
        this.portOffset = Processes.freePortBase(6000, 20000, 10, 8009, 8080, 8443, 9990, 9993, 4712, 4713);
    }

    /** Idempotent: a second run of the test suite reuses what the first one configured. */
    void configure(Path eclipseLinkJar) throws IOException {
        Path module = home.resolve("modules/system/layers/base/org/eclipse/persistence/main");
        Files.copy(eclipseLinkJar, module.resolve("eclipselink.jar"), StandardCopyOption.REPLACE_EXISTING);
        Path moduleXml = module.resolve("module.xml");
        String xml = Files.readString(moduleXml);
        if (!xml.contains("eclipselink.jar")) {
            xml = xml.replaceFirst("(<resource-root path=\"jipijapa-eclipselink[^\"]*\"/>)",
                            "$1\n        <resource-root path=\"eclipselink.jar\"/>")
                    .replace("<module name=\"java.logging\"/>", "<module name=\"java.logging\"/>\n"
                            + "        <module name=\"java.rmi\"/>\n        <module name=\"java.sql\"/>\n"
                            + "        <module name=\"java.xml\"/>\n        <module name=\"java.desktop\"/>");
            Files.writeString(moduleXml, xml);
        }
        // The very script the README gives an operator.
        Path script = Path.of(System.getProperty("wildfly.cli.dir", "src/main/wildfly")).resolve("newsroom-h2.cli");
        Processes.require(cli(List.of("--file=" + script)), "WildFly configuration");
    }

    /**
     * Runs the README's PostgreSQL script on a copy of WildFly's standalone.xml as shipped (the H2 one
     * configures this server): the driver module, the driver and the datasource must all be accepted, in
     * that order. Call before {@link #configure} on a fresh distribution.
     * Returns the copy's datasource as the CLI reads it back.
     */
    String applyPostgresqlScriptToACopy(Path postgresqlJar) throws IOException {
        Path configuration = home.resolve("standalone/configuration");
        // The configuration as WildFly shipped it: the H2 script may already have run on standalone.xml.
        Path pristine = configuration.resolve("standalone_xml_history/standalone.initial.xml");
        Files.copy(Files.exists(pristine) ? pristine : configuration.resolve("standalone.xml"),
                configuration.resolve("standalone-newsroom-pg.xml"), StandardCopyOption.REPLACE_EXISTING);
        Path shipped = Path.of(System.getProperty("wildfly.cli.dir", "src/main/wildfly")).resolve("newsroom-postgresql.cli");
        String commands = Files.readString(shipped)
                .replace("--server-config=standalone.xml", "--server-config=standalone-newsroom-pg.xml");
        if (commands.equals(Files.readString(shipped))) {
            throw new IllegalStateException("newsroom-postgresql.cli no longer names standalone.xml");
        }
        // module add refuses a module that exists: a second run of the suite on the same distribution.
        deleteRecursively(home.resolve("modules/org/postgresql"));
        Path script = Files.writeString(home.resolve("newsroom-postgresql-check.cli"), commands);
        Processes.require(cli(List.of("-Dpostgresql.jar=" + postgresqlJar, "--file=" + script)), "WildFly PostgreSQL script");
        Path readBack = Files.writeString(home.resolve("newsroom-postgresql-read.cli"), String.join("\n",
                "embed-server --std-out=discard --server-config=standalone-newsroom-pg.xml",
                "/subsystem=datasources/data-source=NewsroomDS:read-attribute(name=driver-name)",
                "/subsystem=datasources/data-source=NewsroomDS:read-attribute(name=connection-url)",
                "/subsystem=datasources/jdbc-driver=postgresql:read-attribute(name=driver-module-name)",
                "stop-embedded-server", ""));
        Processes.Result result = cli(List.of("--file=" + readBack));
        Processes.require(result, "reading the PostgreSQL configuration back");
        return result.output();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
                for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    void deploy(Path ear) throws IOException {
        Files.copy(ear, home.resolve("standalone/deployments/newsroom.ear"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** The environment the server starts with next time. */
    void environment(Map<String, String> variables) {
        env.clear();
        env.putAll(variables);
    }

    void start() throws IOException, InterruptedException {
        launch();
        int status = Http.awaitOk(baseUri(), BOOT_PATIENCE);
        if (status != 200) {
            throw new IllegalStateException("WildFly did not serve the homepage (last status " + status + "); see "
                    + home.resolve("standalone/log/server.log"));
        }
    }

    /**
     * Starts the server and waits for the deployment scanner's verdict on the EAR: the marker file
     * it leaves next to it, {@code newsroom.ear.failed} or {@code newsroom.ear.deployed}.
     */
    Path startAndAwaitDeploymentMarker() throws IOException, InterruptedException {
        Path deployments = home.resolve("standalone/deployments");
        Files.deleteIfExists(deployments.resolve("newsroom.ear.failed"));
        Files.deleteIfExists(deployments.resolve("newsroom.ear.deployed"));
        launch();
        Instant deadline = Instant.now().plus(BOOT_PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            for (String marker : List.of("newsroom.ear.failed", "newsroom.ear.deployed")) {
                if (Files.exists(deployments.resolve(marker))) {
                    return deployments.resolve(marker);
                }
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("no deployment marker for newsroom.ear within " + BOOT_PATIENCE);
    }

    private void launch() throws IOException {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/standalone.sh").toString(),
                "-Djboss.socket.binding.port-offset=" + portOffset)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("newsroom-console.log").toFile()));
        builder.environment().putAll(env);
        builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
        process = builder.start();
    }

    void stop() throws InterruptedException {
        if (process == null) {
            return;
        }
        // Killing standalone.sh leaves the JVM running: ask the server itself to shut down.
        cli(List.of("--connect", "--controller=localhost:" + (9990 + portOffset), "--command=:shutdown"));
        Instant deadline = Instant.now().plusSeconds(60);
        while (process.isAlive() && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor();
        process = null;
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + (8080 + portOffset) + "/");
    }

    String serverLog() throws IOException {
        Path log = home.resolve("standalone/log/server.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    private Processes.Result cli(List<String> args) {
        List<String> command = new java.util.ArrayList<>();
        command.add(home.resolve("bin/jboss-cli.sh").toString());
        command.addAll(args);
        return Processes.run(home, env, CLI_TIMEOUT, command);
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
