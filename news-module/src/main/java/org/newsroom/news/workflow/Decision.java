package org.newsroom.news.workflow;

import java.util.Objects;
import org.newsroom.news.article.ArticleStatus;
import org.newsroom.news.refusal.Wording;

/**
 * The answer of {@link Workflow#decide}: whether the action is allowed, the status the article has
 * afterwards, and, when refused, a sentence to show the person who tried.
 *
 * @param allowed whether the action may go ahead
 * @param to      the status after the action; when refused, the unchanged status
 * @param wording null when allowed; otherwise a plain sentence saying why not and what to do instead
 */
public record Decision(boolean allowed, ArticleStatus to, Wording wording) {

    public Decision {
        Objects.requireNonNull(to, "to");
        if (allowed != (wording == null)) {
            throw new IllegalArgumentException("A refusal message belongs to refused decisions only.");
        }
    }

    static Decision allow(ArticleStatus to) {
        return new Decision(true, to, null);
    }

    static Decision refuse(ArticleStatus unchanged, Wording refusal) {
        return new Decision(false, unchanged, Objects.requireNonNull(refusal));
    }

    /** The refusal in English (the audit trail's words), or null when allowed. */
    public String refusal() {
        return wording == null ? null : wording.english();
    }

    /** The status after the action, or {@link WorkflowRefused} carrying the refusal. */
    public ArticleStatus orThrow() {
        if (!allowed) {
            throw new WorkflowRefused(wording);
        }
        return to;
    }
}
