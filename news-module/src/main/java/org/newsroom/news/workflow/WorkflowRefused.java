package org.newsroom.news.workflow;

import org.newsroom.news.refusal.Refusal;
import org.newsroom.news.refusal.Wording;

/**
 * An editorial action the workflow does not allow; the message is meant for the person who tried.
 * An application exception so the EJB container hands it to the caller unwrapped (and rolls back).
 */
public class WorkflowRefused extends Refusal {

    private static final long serialVersionUID = 1L;

    public WorkflowRefused(Wording refusal) {
        super(Reason.NOT_ALLOWED, null, refusal);
    }

    /** The plain sentence to show, same as {@link #getMessage()}. */
    public String refusal() {
        return getMessage();
    }
}
