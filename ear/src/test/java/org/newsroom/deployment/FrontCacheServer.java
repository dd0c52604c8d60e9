package org.newsroom.deployment;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Debian's Varnish with the repository's VCL, the two nodes' ports written into it, stopped by PID. */
final class FrontCacheServer implements AutoCloseable {

    private final int port;
    private final Path dir;
    private Process process;

    private FrontCacheServer(int port, Path dir) {
        this.port = port;
        this.dir = dir;
    }

    static FrontCacheServer start(int port, int nodeA, int nodeB, Path workDir) throws IOException {
        String vcl = Files.readString(Path.of(System.getProperty("newsroom.vcl")))
                .replace(".port = \"8081\"", ".port = \"" + nodeA + "\"")
                .replace(".port = \"8082\"", ".port = \"" + nodeB + "\"");
        Path dir = Files.createDirectories(workDir.resolve("varnish"));
        Path file = dir.resolve("newsroom.vcl");
        Files.writeString(file, vcl);
        // Varnish compiles the VCL as its own unprivileged user: the file and the folders down to it must be readable.
        for (Path readable : List.of(workDir, dir)) {
            Files.setPosixFilePermissions(readable, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        FrontCacheServer front = new FrontCacheServer(port, dir);
        front.process = new ProcessBuilder(List.of(Files.isExecutable(Path.of("/usr/sbin/varnishd")) ? "/usr/sbin/varnishd" : "varnishd", "-F", "-a", "127.0.0.1:" + port, "-f", file.toString(),
                "-n", dir.resolve("instance").toString(), "-s", "malloc,128m", "-T", "127.0.0.1:0"))
                .redirectErrorStream(true).redirectOutput(dir.resolve("varnishd.log").toFile()).start();
        return front;
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    String url() {
        return base().toString();
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
