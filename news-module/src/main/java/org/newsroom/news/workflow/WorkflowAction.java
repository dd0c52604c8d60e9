package org.newsroom.news.workflow;

/** Something a member of staff does to an article; {@link Workflow} decides who may do it, and when. */
public enum WorkflowAction {
    EDIT("Edit"),
    SUBMIT("Submit for review"),
    /** Back to the author from review; the author needs to know why, so a comment is required. */
    SEND_BACK("Send back"),
    PUBLISH("Publish"),
    SCHEDULE("Schedule"),
    UNSCHEDULE("Unschedule"),
    UNPUBLISH("Unpublish"),
    RETURN_TO_DRAFT("Return to draft"),
    PIN("Pin"),
    UNPIN("Unpin"),
    RESTORE_REVISION("Restore revision");

    private final String label;

    WorkflowAction(String label) {
        this.label = label;
    }

    /** The words on the button, e.g. "Send back". */
    public String label() {
        return label;
    }

    /** Whether the caller must collect a non-blank comment before performing the action. */
    public boolean needsComment() {
        return this == SEND_BACK;
    }
}
