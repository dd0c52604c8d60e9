vcl 4.1;
# Varnish (Debian's package, 7.1) in front of two or more Newsroom nodes: docs/cluster.md.
# Readers' pages are kept until the application drops them: every public write (publish, edit, unpublish,
# section rename, rate) is told from the node that committed it (NEWSROOM_FRONT_CACHE_URL), before the writer
# is answered, so the next reader through the front gets the new page. A page names what it shows in its
# `xkey` header (surrogate keys: article-<id>, lists, ticker…; web.cluster.SurrogateKeys); a change PURGEs the
# keys it touched, and the pages it did not touch stay. Staff pages, the APIs and every request carrying the
# session cookie pass through untouched. The nodes' addresses below are the ones .ci/cluster uses; the
# failure test rewrites the two ports.
#
# Without Debian's varnish-modules (vmod xkey), delete the three blocks marked "xkey": the nodes then see
# that a PURGE is not answered with X-Newsroom-Purged and BAN every reader page on each change instead.

import directors;
import std;
import xkey;  # xkey

# A node takes readers while it answers its health address (the README's advice: /api/rates answers 200
# only once the application is up). Two of the last three checks must pass: a killed node is out within
# about two seconds, and until then a request that fails on it is tried once more on another node.
probe newsroom_ready {
    .url = "/api/rates";
    .interval = 1s;
    .timeout = 2s;
    .window = 3;
    .threshold = 2;
    .initial = 0;
}

backend node_a {
    .host = "127.0.0.1";
    .port = "8081";
    .probe = newsroom_ready;
    .connect_timeout = 1s;
    .first_byte_timeout = 30s;
}

backend node_b {
    .host = "127.0.0.1";
    .port = "8082";
    .probe = newsroom_ready;
    .connect_timeout = 1s;
    .first_byte_timeout = 30s;
}

# Only the nodes themselves may ban (they run on this machine here; list their addresses otherwise).
acl newsroom_nodes {
    "127.0.0.1";
    "::1";
}

sub vcl_init {
    new nodes = directors.round_robin();
    nodes.add_backend(node_a);
    nodes.add_backend(node_b);
}

sub vcl_recv {
    set req.backend_hint = nodes.backend();
    if (req.method == "BAN") {
        if (client.ip !~ newsroom_nodes) {
            return (synth(403, "Forbidden"));
        }
        # Every reader page: lurker-friendly (on obj.* only), so old objects are dropped in the background too.
        ban("obj.http.X-Newsroom-Page == reader");
        return (synth(200, "Banned"));
    }
    # xkey: the pages that show what a change touched, now (a hard purge: no stale copy is served after it).
    if (req.method == "PURGE") {
        if (client.ip !~ newsroom_nodes) {
            return (synth(403, "Forbidden"));
        }
        set req.http.X-Newsroom-Purged = xkey.purge(req.http.xkey-purge);
        return (synth(200, "Purged"));
    }
    # end xkey
    if (req.method != "GET" && req.method != "HEAD") {
        # A save that meets a node dying may be sent again to the next one: the body is kept for that.
        std.cache_req_body(16MB);
        return (pass);
    }
    if (req.url ~ "^/(newsroom|api)(/|\?|$)" || req.url ~ "^/newsroom"
            || req.http.Cookie ~ "(^|;\s*)JSESSIONID=" || req.http.Authorization) {
        return (pass);
    }
    # Readers' other cookies (analytics) never reach the application and never split the cache.
    unset req.http.Cookie;
    return (hash);
}

sub vcl_backend_fetch {
    if (bereq.retries > 0) {
        set bereq.backend = nodes.backend();
    }
}

sub vcl_backend_response {
    if (beresp.status >= 500 && bereq.retries < 1 && (bereq.method == "GET" || bereq.method == "HEAD")) {
        return (retry);
    }
    if (beresp.http.X-Newsroom-Render == "straddled" && bereq.retries < 3) {
        # The node rendered this page while a change was committed: it may be from before the change, whose
        # purge has already been sent. Ask again rather than deliver it: the readers waiting for this page
        # (coalesced behind this fetch) then all get the fresh, cacheable render, instead of each going to
        # the backend in turn after an answer that cannot be kept.
        return (retry);
    }
    if (bereq.uncacheable) {
        return (deliver);
    }
    if (beresp.http.Set-Cookie || beresp.status != 200) {
        set beresp.uncacheable = true;
        set beresp.ttl = 10s;
        return (deliver);
    }
    if (beresp.http.Cache-Control ~ "no-store") {
        # A page rendered while a change was committed (its ban went out before the page came back), or a
        # search answered while the index is being built: kept nowhere, the next reader gets a fresh one.
        set beresp.uncacheable = true;
        set beresp.ttl = 0s;
        return (deliver);
    }
    if (bereq.url ~ "^/(assets|media)/") {
        # Fingerprinted and content-addressed: they never change, the application's year-long max-age stands.
        return (deliver);
    }
    # Pages say "public, no-cache" so that browsers revalidate on every use; the front keeps them until a
    # ban (at most five minutes: the date headings and the ticker's staleness move with the clock).
    set beresp.http.X-Newsroom-Page = "reader";
    # xkey: what the application did not describe (feeds, sitemaps) goes with every change.
    if (!beresp.http.xkey) {
        set beresp.http.xkey = "unkeyed";
    }
    # end xkey
    set beresp.ttl = 5m;
    set beresp.grace = 30s;
    return (deliver);
}

sub vcl_backend_error {
    # The node went away under the request (killed, restarting): once more, on the next node.
    if (bereq.retries < 1) {
        return (retry);
    }
}

sub vcl_synth {
    if (req.method == "PURGE" && req.http.X-Newsroom-Purged) {
        # How many objects went; the nodes take its presence as "this front purges by surrogate keys".
        set resp.http.X-Newsroom-Purged = req.http.X-Newsroom-Purged;
    }
}

sub vcl_deliver {
    # Whether the front answered from memory (the application's own X-Page-Cache says what the node did).
    if (obj.hits > 0) {
        set resp.http.X-Front-Cache = "hit";
    } else {
        set resp.http.X-Front-Cache = "miss";
    }
    unset resp.http.X-Newsroom-Page;
    unset resp.http.X-Newsroom-Render;
    # Surrogate keys name articles by id: internal, and of no use to a reader.
    unset resp.http.xkey;
    unset resp.http.Via;
    unset resp.http.X-Varnish;
}
