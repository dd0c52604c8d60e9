package org.newsroom.web.storage;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * A Newsroom that cannot use its database must not look started. A full server (WildFly, Payara
 * Server) marks the deployment failed when start-up throws, which is what an operator looks at. Payara
 * Micro runs exactly one application, yet after a failed deployment it prints "Deployed 0 archive(s)"
 * and "ready", stays up and answers 404 to everything: a supervisor (systemd, a container runtime)
 * sees a healthy process. So on Payara Micro the process is ended with {@value #EXIT_STATUS}, once Micro
 * has finished its own start-up messages, and the reason is the last line written.
 */
public final class FailedStart {

    public static final int EXIT_STATUS = 3;
    /** How long Micro may take to finish the start-up the failed deployment belonged to. */
    private static final long BOOT_FINISH_PATIENCE_MILLIS = 120_000;
    private static final Logger LOG = Logger.getLogger(FailedStart.class.getName());
    /** The login check and the start-up bean may both see the failure: one ending is enough. */
    private static final AtomicBoolean ENDING = new AtomicBoolean();

    private FailedStart() {
    }

    /** The last words of a failed start: what to fix, and what happens now. */
    public static String lastWords(String reason) {
        return "Newsroom did not start, so Payara Micro stops (exit status " + EXIT_STATUS + "): " + reason;
    }

    /**
     * Called by the start-up that failed, on the thread that deploys. Does nothing on a server that
     * hosts other applications too: there the failed deployment is the signal.
     */
    public static void endPayaraMicro(String reason) {
        Method[] micro = microApi();
        if (micro == null || !ENDING.compareAndSet(false, true)) {
            return;
        }
        // Everything the ending thread needs is made and every class it names is resolved here, while the
        // application's class loader still works: by the time the thread goes on, Micro has undeployed the
        // application and its loader refuses even java.lang classes it was not asked for before.
        String words = lastWords(reason);
        PrintStream stderr = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        Runtime runtime = Runtime.getRuntime();
        Thread deploying = Thread.currentThread();
        Thread ending = new Thread(() -> end(deploying, micro[0], micro[1], words, stderr, runtime), "newsroom-failed-start");
        ending.setDaemon(false);
        ending.setContextClassLoader(ClassLoader.getSystemClassLoader());
        ending.start();
    }

    private static void end(Thread deploying, Method getInstance, Method shutdown, String words, PrintStream stderr,
                            Runtime runtime) {
        try {
            // Micro deploys on its main thread and ends it once it has said "ready": after that nothing
            // of Micro's own start-up is left to print over the reason.
            deploying.join(BOOT_FINISH_PATIENCE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.severe(words);
        try {
            shutdown.invoke(getInstance.invoke(null));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            stderr.println(e);  // the exit below stops Micro all the same
        }
        // Micro's shutdown writes its own farewell through its log; the reason goes straight to the
        // process's standard error after it, so whatever reads the tail of the output sees it last. Micro
        // has stopped (pools and database closed): its shutdown hook would only add "Already shut down".
        stderr.println(words);
        stderr.flush();
        runtime.halt(EXIT_STATUS);
    }

    /**
     * Payara Micro's public {@code PayaraMicro.getInstance()} and {@code shutdown()}, by reflection (the
     * WAR also runs on servers without them); null elsewhere.
     */
    private static Method[] microApi() {
        try {
            Class<?> micro = Class.forName("fish.payara.micro.PayaraMicro", true, FailedStart.class.getClassLoader());
            return new Method[] {micro.getMethod("getInstance"), micro.getMethod("shutdown")};
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }
}
