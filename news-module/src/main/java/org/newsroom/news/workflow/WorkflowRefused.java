package org.newsroom.news.workflow;

import jakarta.ejb.ApplicationException;

/**
 * An editorial action the workflow does not allow; the message is meant for the person who tried.
 * An application exception so the EJB container hands it to the caller unwrapped (and rolls back).
 */
@ApplicationException(rollback = true)
public class WorkflowRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WorkflowRefused(String refusal) {
        super(refusal);
    }

    /** The plain sentence to show, same as {@link #getMessage()}. */
    public String refusal() {
        return getMessage();
    }
}
