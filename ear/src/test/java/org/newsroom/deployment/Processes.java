package org.newsroom.deployment;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/** Running the servers' own command-line tools, as an operator would. */
final class Processes {

    record Result(int exitCode, String output) {
        boolean ok() {
            return exitCode == 0;
        }
    }

    private Processes() {
    }

    static Result run(Path workDir, Map<String, String> env, Duration timeout, List<String> command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
            builder.environment().putAll(env);
            Process process = builder.start();
            // Output is small for these tools; read it after exit so a hung tool is still timed out.
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new IllegalStateException("Timed out after " + timeout + ": " + command);
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new IllegalStateException("Could not run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted running " + command, e);
        }
    }

    static Result require(Result result, String what) {
        if (!result.ok()) {
            throw new IllegalStateException(what + " failed (exit " + result.exitCode() + "):\n" + result.output());
        }
        return result;
    }

    /**
     * A base such that base + every given offset is free, searched below Linux's ephemeral range
     * (32768 and up), where outgoing connections could take a port between the check and the server's
     * start. Servers bind many ports (JMS, IIOP, admin…), so every one of them is checked.
     */
    static int freePortBase(int lowest, int highest, int step, int... offsets) {
        int start = lowest + ThreadLocalRandom.current().nextInt((highest - lowest) / step) * step;
        for (int base = start, tries = 0; tries < (highest - lowest) / step; tries++, base += step) {
            if (base >= highest) {
                base = lowest;
            }
            if (allFree(base, offsets)) {
                return base;
            }
        }
        throw new IllegalStateException("No free block of ports between " + lowest + " and " + highest);
    }

    private static boolean allFree(int base, int... offsets) {
        for (int offset : offsets) {
            try (ServerSocket socket = new ServerSocket(base + offset)) {
                socket.setReuseAddress(true);
            } catch (IOException taken) {
                return false;
            }
        }
        return true;
    }

    static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
