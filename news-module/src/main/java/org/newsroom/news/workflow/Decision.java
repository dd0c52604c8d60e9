package org.newsroom.news.workflow;

import java.util.Objects;
import org.newsroom.news.article.ArticleStatus;

/**
 * The answer of {@link Workflow#decide}: whether the action is allowed, the status the article has
 * afterwards, and, when refused, a sentence to show the person who tried.
 *
 * @param allowed whether the action may go ahead
 * @param to      the status after the action; when refused, the unchanged status
 * @param refusal null when allowed; otherwise a plain sentence saying why not and what to do instead
 */
public record Decision(boolean allowed, ArticleStatus to, String refusal) {

    public Decision {
        Objects.requireNonNull(to, "to");
        if (allowed != (refusal == null)) {
            throw new IllegalArgumentException("A refusal message belongs to refused decisions only.");
        }
    }

    static Decision allow(ArticleStatus to) {
        return new Decision(true, to, null);
    }

    static Decision refuse(ArticleStatus unchanged, String refusal) {
        return new Decision(false, unchanged, Objects.requireNonNull(refusal));
    }

    /** The status after the action, or {@link WorkflowRefused} carrying the refusal. */
    public ArticleStatus orThrow() {
        if (!allowed) {
            throw new WorkflowRefused(refusal);
        }
        return to;
    }
}
