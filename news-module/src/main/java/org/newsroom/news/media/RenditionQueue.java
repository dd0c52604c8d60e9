package org.newsroom.news.media;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Makes renditions after the upload has been acknowledged, never inside it: every two seconds it looks
 * for images whose renditions are still to be made (new uploads, imported images, and on the first start
 * after the upgrade every image already in the library) and makes them one image at a time on the
 * server's managed executor, so a timer thread is never held and at most one image's pixels are in memory.
 * A restart resumes where it stopped (the queue is the database column). Instances sharing a database may
 * both make the same image: the files are equivalent and written atomically, so that only costs time.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RenditionQueue {

    private static final Logger LOG = Logger.getLogger(RenditionQueue.class.getName());
    private static final long PERIOD_MILLIS = 2000;
    private static final int BATCH = 20;

    @Resource
    private TimerService timers;

    @Resource
    private ManagedExecutorService executor;

    @EJB
    private RenditionRows rows;

    private final AtomicBoolean working = new AtomicBoolean();
    private volatile long lastUnwritableLog = System.nanoTime() - 120_000_000_000L;
    private RenditionMaker maker;

    @PostConstruct
    void start() {
        WebpEncoder webp = WebpEncoder.fromConfig();
        maker = new RenditionMaker(new MediaStore(MediaSettings.mediaDirectory()), webp);
        LOG.info(() -> webp.binary().map(binary -> "Image renditions: JPEG/PNG and WebP (" + binary + ")")
                .orElse("Image renditions: JPEG/PNG only (no cwebp: " + WebpEncoder.VARIABLE + " or Debian's webp package)"));
        timers.createIntervalTimer(PERIOD_MILLIS, PERIOD_MILLIS, new TimerConfig("image renditions", false));
    }

    @Timeout
    void look() {
        if (!working.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.execute(this::drain);
        } catch (RejectedExecutionException shuttingDown) {
            working.set(false);
        }
    }

    private void drain() {
        try {
            for (List<RenditionRows.Due> due = rows.due(BATCH); !due.isEmpty(); due = rows.due(BATCH)) {
                due.forEach(this::make);
            }
        } catch (MediaUnwritable full) {
            // A full or read-only disk: the images stay due and are made once it takes files again.
            if (System.nanoTime() - lastUnwritableLog > 60_000_000_000L) {
                lastUnwritableLog = System.nanoTime();
                LOG.warning(() -> "Cannot write image renditions to " + full.directory() + " (" + full.getCause()
                        + "); trying again every " + PERIOD_MILLIS / 1000 + " s");
            }
        } catch (RuntimeException stopped) {
            // The application is stopping, or the database is away: the next look carries on.
            LOG.log(Level.FINE, "renditions paused", stopped);
        } finally {
            working.set(false);
        }
    }

    private void make(RenditionRows.Due image) {
        RenditionMaker.Made made;
        try {
            made = maker.make(image.sha256(), image.kind(), image.width());
        } catch (MediaUnwritable full) {
            throw full;
        } catch (Exception | OutOfMemoryError | LinkageError unusable) {
            // A damaged or undecodable original (a CMYK JPEG, a missing file), or a server that gives the application
            // no java.desktop: the image keeps being served as it is, the original alone.
            LOG.log(Level.WARNING, "No renditions for media " + image.id() + ": " + unusable, unusable);
            made = RenditionMaker.Made.NONE;
        }
        rows.record(image.id(), made.widths(), made.webp());
    }
}
