package org.newsroom.web.cluster;

import fish.payara.micro.cdi.Inbound;
import fish.payara.micro.cdi.Outbound;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.newsroom.web.storage.ContentGeneration;
import org.newsroom.web.storage.PublicChange;

/**
 * Tells every node of the cluster, and the front cache, of each public change committed here; and
 * moves this node's {@link ContentGeneration} when another node committed one. Through Payara's
 * clustered CDI events, which travel on the data grid (Hazelcast) the nodes form: a change on one
 * node retires every node's cached pages before the next reader asks (it arrives in milliseconds;
 * the database validators {@code web.pagecache.PageCacheFilter} compares once a second stay as the
 * fallback for a node that missed it).
 *
 * <p>Where there is no grid it degrades by itself: on WildFly the Payara annotations are not on the
 * class path, so Java leaves them off, the event is an ordinary local one and {@link #received} ignores
 * it as this node's own; on Payara Server the grid is the domain's own data grid, of one member.
 */
@ApplicationScoped
public class ClusterBroadcast {

    static final String EVENT = "newsroom-public-change";
    private static final Logger LOG = Logger.getLogger(ClusterBroadcast.class.getName());

    @Inject
    @Outbound(eventName = EVENT)
    private Event<PublicChange> otherNodes;

    @Inject
    private FrontCache front;

    private final Consumer<PublicChange> committed = this::committed;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        ContentGeneration.onCommitted(committed);
        LOG.info(() -> "Public changes are told to the cluster (node " + ContentGeneration.node() + ")"
                + (front.configured() ? " and to the front cache at " + front.address() : ""));
    }

    @PreDestroy
    void stop() {
        ContentGeneration.stopTelling(committed);
    }

    /** In the committing thread, after the commit: the front cache is purged before the writer is answered. */
    void committed(PublicChange change) {
        try {
            otherNodes.fire(change);
        } finally {
            front.purge(change);
        }
    }

    /**
     * Another node's change (asynchronous, on a grid thread). This node bans the front too, once its own
     * generation has moved: between the committing node's ban and this moment the front may have asked this
     * node for a page and kept what it rendered from before the change; that copy goes now.
     */
    void received(@Observes @Inbound(eventName = EVENT) PublicChange change) {
        if (!change.fromHere()) {
            ContentGeneration.advance();
            front.purge(change);
        }
    }
}
