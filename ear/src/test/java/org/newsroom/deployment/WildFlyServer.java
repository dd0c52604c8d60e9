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
 * to: EclipseLink in the org.eclipse.persistence module, the jdbc/newsroom datasource, the root
 * context free for the application, Jakarta Security enabled.
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
        Path script = home.resolve("newsroom-setup.cli");
        Files.writeString(script, String.join("\n",
                "embed-server --std-out=discard --server-config=standalone.xml",
                "if (outcome != success) of /subsystem=datasources/data-source=NewsroomDS:read-resource",
                "  /subsystem=datasources/data-source=NewsroomDS:add(jndi-name=java:/jdbc/newsroom, driver-name=h2, "
                        + "connection-url=\"jdbc:h2:file:${env.NEWSROOM_DATA_DIR:${jboss.server.data.dir}/newsroom}/db/newsroom;AUTO_SERVER=TRUE;WRITE_DELAY=0\", "
                        + "user-name=newsroom, password=newsroom, prepared-statements-cache-size=200, "
                        + "validate-on-match=true, background-validation=false, "
                        + "valid-connection-checker-class-name=org.jboss.jca.adapters.jdbc.extensions.novendor.JDBC4ValidConnectionChecker)",
                "  /subsystem=undertow/server=default-server/host=default-host/location=\\/:remove",
                "  /subsystem=undertow/application-security-domain=other:write-attribute(name=integrated-jaspi, value=false)",
                "end-if",
                "stop-embedded-server", ""));
        Processes.require(cli(List.of("--file=" + script)), "WildFly configuration");
    }

    void deploy(Path ear) throws IOException {
        Files.copy(ear, home.resolve("standalone/deployments/newsroom.ear"), StandardCopyOption.REPLACE_EXISTING);
    }

    void start() throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/standalone.sh").toString(),
                "-Djboss.socket.binding.port-offset=" + portOffset)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("newsroom-console.log").toFile()));
        builder.environment().putAll(env);
        builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
        process = builder.start();
        int status = Http.awaitOk(baseUri(), BOOT_PATIENCE);
        if (status != 200) {
            throw new IllegalStateException("WildFly did not serve the homepage (last status " + status + "); see "
                    + home.resolve("standalone/log/server.log"));
        }
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
