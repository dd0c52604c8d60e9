package org.newsroom.news.importing;

/** What became of one item in a run; the report counts each. */
public enum Outcome {
    CREATED,
    UPDATED,
    UNCHANGED,
    SKIPPED,
    FAILED,
    /** Not an outcome of its own: a remark on an item imported anyway (counted under its real outcome). */
    NOTE
}
