package org.newsroom.web.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newsroom.news.settings.Settings;

/**
 * Which database the newsroom uses, from the same variables the server's datasource reads:
 * {@code NEWSROOM_DB_URL} set means PostgreSQL (saved and restored with its own {@code pg_dump} and
 * {@code pg_restore}, found in {@code NEWSROOM_PG_BIN}, Debian's {@code /usr/lib/postgresql/N/bin} or
 * the PATH), unset means the embedded H2. The password goes to the tools through their environment,
 * never their command line.
 */
public final class DatabaseTarget {

    static final String URL_VARIABLE = "NEWSROOM_DB_URL";
    static final String PG_BIN_VARIABLE = "NEWSROOM_PG_BIN";
    private static final Pattern POSTGRESQL_URL = Pattern.compile("jdbc:postgresql://([^/:?]+)(?::(\\d+))?/([^?]+).*");

    private final String url;
    private final String user;
    private final String password;
    private final String pgBin;

    private DatabaseTarget(String url, String user, String password, String pgBin) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.pgBin = pgBin;
    }

    /** The server's database settings (in the backup command, outside a server: its environment). */
    public static DatabaseTarget fromEnvironment() {
        return from(Settings.fromConfig()::exactly);
    }

    static DatabaseTarget from(UnaryOperator<String> environment) {
        String url = environment.apply(URL_VARIABLE);
        return new DatabaseTarget(url == null || url.isBlank() ? null : url.strip(), environment.apply("NEWSROOM_DB_USER"),
                environment.apply("NEWSROOM_DB_PASSWORD"), environment.apply(PG_BIN_VARIABLE));
    }

    public static DatabaseTarget postgresql(String url, String user, String password) {
        return new DatabaseTarget(url, user, password, null);
    }

    public static DatabaseTarget h2() {
        return new DatabaseTarget(null, null, null, null);
    }

    public boolean isPostgresql() {
        return url != null;
    }

    /** The H2 URL for a data directory, as the post-boot files define it (AUTO_SERVER: the running site may hold it). */
    public static String h2Url(Path dataDirectory) {
        return "jdbc:h2:file:" + dataDirectory.toAbsolutePath().normalize().resolve("db/newsroom") + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
    }

    void pgDump(Path to) throws IOException, InterruptedException {
        Matcher parts = parts();
        run(tool("pg_dump"), "--format=custom", "--no-owner", "--no-privileges", "--host", parts.group(1), "--port",
                port(parts), "--username", user, "--file", to.toString(), parts.group(3));
    }

    void pgRestore(Path dump) throws IOException, InterruptedException {
        Matcher parts = parts();
        run(tool("pg_restore"), "--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", "--host",
                parts.group(1), "--port", port(parts), "--username", user, "--dbname", parts.group(3), dump.toString());
    }

    private Matcher parts() {
        Matcher parts = POSTGRESQL_URL.matcher(url);
        if (!parts.matches()) {
            throw new IllegalStateException(URL_VARIABLE + " is \"" + url + "\"; expected jdbc:postgresql://host:port/database");
        }
        return parts;
    }

    private static String port(Matcher parts) {
        return parts.group(2) == null ? "5432" : parts.group(2);
    }

    private String tool(String name) throws IOException {
        if (pgBin != null && !pgBin.isBlank()) {
            return Path.of(pgBin, name).toString();
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                List<Path> found = versions.map(v -> v.resolve("bin").resolve(name)).filter(Files::isExecutable)
                        .sorted(Comparator.comparing((Path p) -> p.getParent().getParent().getFileName().toString(),
                                Comparator.comparingInt(v -> v.matches("\\d+") ? Integer.parseInt(v) : 0)).reversed())
                        .toList();
                if (!found.isEmpty()) {
                    return found.get(0).toString();
                }
            }
        }
        return name;
    }

    private void run(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        if (password != null) {
            env.put("PGPASSWORD", password);
        }
        Process process;
        try {
            process = builder.start();
        } catch (IOException notInstalled) {
            throw new IOException(command[0] + " is needed for a PostgreSQL backup: install PostgreSQL's client tools "
                    + "(Debian: postgresql-client) or set " + PG_BIN_VARIABLE, notInstalled);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException(Path.of(command[0]).getFileName() + " failed: " + output.strip());
        }
    }
}
