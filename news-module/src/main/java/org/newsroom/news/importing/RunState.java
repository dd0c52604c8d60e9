package org.newsroom.news.importing;

/** Where an import run stands. */
public enum RunState {
    RUNNING,
    /** Asked to stop; the runner stops after the item it is on. */
    CANCELLING,
    CANCELLED,
    FINISHED,
    /** The file could not be read to the end, or the server stopped; resumable. */
    FAILED;

    public boolean isOver() {
        return this == CANCELLED || this == FINISHED || this == FAILED;
    }
}
