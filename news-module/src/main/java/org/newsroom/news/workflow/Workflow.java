package org.newsroom.news.workflow;

import static org.newsroom.news.article.ArticleStatus.DRAFT;
import static org.newsroom.news.article.ArticleStatus.IN_REVIEW;
import static org.newsroom.news.article.ArticleStatus.PUBLISHED;
import static org.newsroom.news.article.ArticleStatus.SCHEDULED;
import static org.newsroom.news.article.ArticleStatus.UNPUBLISHED;

import java.util.Locale;
import java.util.Objects;
import org.newsroom.news.account.Role;
import org.newsroom.news.article.ArticleStatus;

/**
 * Who may do what to an article, and in which state. Pure rules: the caller loads the article,
 * asks {@link #decide}, and applies the resulting status (or throws {@link WorkflowRefused}).
 *
 * <pre>
 * action            allowed from                          result        reporter?        editor/admin?
 * EDIT              any                                   unchanged     own DRAFT only   yes, anyone's
 * SUBMIT            DRAFT                                 IN_REVIEW     own only         own only
 * SEND_BACK         IN_REVIEW                             DRAFT         no               yes (comment)
 * PUBLISH           DRAFT, IN_REVIEW, SCHEDULED, UNPUB.   PUBLISHED     no               yes
 * SCHEDULE          DRAFT, IN_REVIEW                      SCHEDULED     no               yes
 * UNSCHEDULE        SCHEDULED                             IN_REVIEW     no               yes
 * UNPUBLISH         PUBLISHED                             UNPUBLISHED   no               yes
 * RETURN_TO_DRAFT   UNPUBLISHED                           DRAFT         no               yes
 * PIN, UNPIN        PUBLISHED                             unchanged     no               yes
 * RESTORE_REVISION  any                                   unchanged     own DRAFT only   yes, anyone's
 * </pre>
 *
 * Admins have the editors' powers here; their extra rights (accounts, sections) live elsewhere.
 * Editing or restoring a revision of a published article keeps it published: corrections go
 * live at once, as in WordPress. Whether an article is already pinned is not a status, so
 * PIN/UNPIN on a published article are always allowed and idempotent.
 * Checks run in this order, so the message names the first real obstacle: role, authorship, state.
 */
public final class Workflow {

    private Workflow() {
    }

    public static Decision decide(Role role, boolean isAuthor, ArticleStatus from, WorkflowAction action) {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(action, "action");
        String refusal = role == Role.REPORTER
                ? reporterRefusal(isAuthor, from, action)
                : editorRefusal(isAuthor, from, action);
        return refusal == null ? Decision.allow(resultOf(from, action)) : Decision.refuse(from, refusal);
    }

    private static ArticleStatus resultOf(ArticleStatus from, WorkflowAction action) {
        return switch (action) {
            case SUBMIT, UNSCHEDULE -> IN_REVIEW;
            case SEND_BACK, RETURN_TO_DRAFT -> DRAFT;
            case PUBLISH -> PUBLISHED;
            case SCHEDULE -> SCHEDULED;
            case UNPUBLISH -> UNPUBLISHED;
            case EDIT, PIN, UNPIN, RESTORE_REVISION -> from;
        };
    }

    private static String editorRefusal(boolean isAuthor, ArticleStatus from, WorkflowAction action) {
        String stateProblem = stateRefusal(from, action);
        if (stateProblem != null) {
            return stateProblem;
        }
        if (action == WorkflowAction.SUBMIT && !isAuthor) {
            // Submitting is the author saying "done"; an editor acts on someone else's draft directly.
            return "Only the author can submit this draft for review; as an editor you can publish or schedule it directly.";
        }
        return null;
    }

    private static String reporterRefusal(boolean isAuthor, ArticleStatus from, WorkflowAction action) {
        switch (action) {
            case EDIT, SUBMIT, RESTORE_REVISION -> {
                // the only things a reporter may do; checked below
            }
            default -> {
                return reporterCannot(action);
            }
        }
        if (!isAuthor) {
            return action == WorkflowAction.SUBMIT
                    ? "Only the author can submit this article for review."
                    : "Only the author or an editor may " + verbPhrase(action) + " this "
                            + (from == DRAFT ? "draft" : "article") + ".";
        }
        String stateProblem = stateRefusal(from, action);
        if (stateProblem != null) {
            return stateProblem;
        }
        if (from == IN_REVIEW) {
            return "This article is in review, with the editors: ask an editor to send it back before you "
                    + verbPhrase(action) + " it.";
        }
        if (from != DRAFT) {
            return "Reporters can only " + verbPhrase(action) + " their own drafts; this article is "
                    + describe(from) + ", so ask an editor.";
        }
        return null;
    }

    private static String reporterCannot(WorkflowAction action) {
        return switch (action) {
            case SEND_BACK -> "Reporters cannot send back articles; reviewing is an editor's job.";
            case PUBLISH -> "Reporters cannot publish: send the article for review instead.";
            case SCHEDULE -> "Reporters cannot schedule: send the article for review and an editor will schedule it.";
            case UNSCHEDULE -> "Reporters cannot unschedule an article; ask an editor.";
            case UNPUBLISH -> "Reporters cannot unpublish an article; ask an editor.";
            case RETURN_TO_DRAFT -> "Reporters cannot return an article to draft; ask an editor.";
            case PIN -> "Reporters cannot pin articles; ask an editor.";
            case UNPIN -> "Reporters cannot unpin articles; ask an editor.";
            case EDIT, SUBMIT, RESTORE_REVISION -> throw new IllegalArgumentException(action + " is open to reporters");
        };
    }

    /** Why the article's state rules the action out for anybody, or null if the state allows it. */
    private static String stateRefusal(ArticleStatus from, WorkflowAction action) {
        return switch (action) {
            case EDIT, RESTORE_REVISION -> null;
            case SUBMIT -> from == DRAFT ? null
                    : from == IN_REVIEW ? "This article has already been submitted for review."
                    : "Only a draft can be submitted for review; this article is " + describe(from) + ".";
            case SEND_BACK -> switch (from) {
                case IN_REVIEW -> null;
                case DRAFT -> "This article is already a draft, so there is nothing to send back.";
                case SCHEDULED -> "A scheduled article cannot be sent back; unschedule it first.";
                case PUBLISHED -> "A published article cannot be sent back; unpublish it first.";
                case UNPUBLISHED -> "An unpublished article cannot be sent back; return it to draft instead.";
            };
            case PUBLISH -> from == PUBLISHED ? "This article is already published." : null;
            case SCHEDULE -> switch (from) {
                case DRAFT, IN_REVIEW -> null;
                case SCHEDULED -> "This article is already scheduled; to change the time, unschedule it and schedule it again.";
                case PUBLISHED -> "A published article cannot be scheduled; it is already live.";
                case UNPUBLISHED -> "An unpublished article cannot be scheduled; return it to draft first, or publish it again now.";
            };
            case UNSCHEDULE -> from == SCHEDULED ? null
                    : "Only a scheduled article can be unscheduled; this article is " + describe(from) + ".";
            case UNPUBLISH -> switch (from) {
                case PUBLISHED -> null;
                case UNPUBLISHED -> "This article is already unpublished.";
                case SCHEDULED -> "A scheduled article is not live yet, so there is nothing to unpublish; unschedule it instead.";
                case DRAFT, IN_REVIEW -> "Only a published article can be unpublished; this article is " + describe(from) + ".";
            };
            case RETURN_TO_DRAFT -> switch (from) {
                case UNPUBLISHED -> null;
                case DRAFT -> "This article is already a draft, so it cannot be returned to draft.";
                case IN_REVIEW -> "An article in review is returned to draft with \"Send back\", which tells the author why.";
                case SCHEDULED, PUBLISHED -> "Only an unpublished article can be returned to draft; this article is "
                        + describe(from) + ".";
            };
            case PIN, UNPIN -> from == PUBLISHED ? null
                    : "Only a published article can be " + (action == WorkflowAction.PIN ? "pinned" : "unpinned")
                            + "; this article is " + describe(from) + ".";
        };
    }

    private static String verbPhrase(WorkflowAction action) {
        return switch (action) {
            case RESTORE_REVISION -> "restore an earlier revision of";
            case EDIT -> "edit";
            default -> action.label().toLowerCase(Locale.ROOT);
        };
    }

    private static String describe(ArticleStatus status) {
        return switch (status) {
            case DRAFT -> "a draft";
            case IN_REVIEW -> "in review";
            case SCHEDULED -> "scheduled";
            case PUBLISHED -> "published";
            case UNPUBLISHED -> "unpublished";
        };
    }
}
