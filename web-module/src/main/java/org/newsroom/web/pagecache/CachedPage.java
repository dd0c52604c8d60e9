package org.newsroom.web.pagecache;

/** A rendered public page as it was sent (with the surrogate keys naming what it shows), with the generation it was rendered in, and gzipped once for the browsers that accept it. */
record CachedPage(long generation, long storedAt, String contentType, String etag, long lastModified,
                  String cacheControl, String contentSecurityPolicy, String surrogateKeys, byte[] body, byte[] gzipped) {
}
