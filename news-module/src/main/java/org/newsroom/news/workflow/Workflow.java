package org.newsroom.news.workflow;

import static org.newsroom.news.article.ArticleStatus.DRAFT;
import static org.newsroom.news.article.ArticleStatus.IN_REVIEW;
import static org.newsroom.news.article.ArticleStatus.PUBLISHED;
import static org.newsroom.news.article.ArticleStatus.SCHEDULED;
import static org.newsroom.news.article.ArticleStatus.UNPUBLISHED;

import java.util.Objects;
import org.newsroom.news.account.Role;
import org.newsroom.news.article.ArticleStatus;
import org.newsroom.news.refusal.Wording;

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
        Wording refusal = role == Role.REPORTER
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

    private static Wording editorRefusal(boolean isAuthor, ArticleStatus from, WorkflowAction action) {
        Wording stateProblem = stateRefusal(from, action);
        if (stateProblem != null) {
            return stateProblem;
        }
        if (action == WorkflowAction.SUBMIT && !isAuthor) {
            // Submitting is the author saying "done"; an editor acts on someone else's draft directly.
            return Wording.refusal("workflow.submit.notAuthor.editor");
        }
        return null;
    }

    private static Wording reporterRefusal(boolean isAuthor, ArticleStatus from, WorkflowAction action) {
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
                    ? Wording.refusal("workflow.submit.notAuthor")
                    : Wording.refusal(from == DRAFT ? "workflow.notAuthor.draft" : "workflow.notAuthor.article", action.name());
        }
        Wording stateProblem = stateRefusal(from, action);
        if (stateProblem != null) {
            return stateProblem;
        }
        if (from == IN_REVIEW) {
            return Wording.refusal("workflow.reporter.inReview", action.name());
        }
        if (from != DRAFT) {
            return Wording.refusal("workflow.reporter.notDraft", action.name(), from.name());
        }
        return null;
    }

    private static Wording reporterCannot(WorkflowAction action) {
        return switch (action) {
            case SEND_BACK -> Wording.refusal("workflow.reporter.SEND_BACK");
            case PUBLISH -> Wording.refusal("workflow.reporter.PUBLISH");
            case SCHEDULE -> Wording.refusal("workflow.reporter.SCHEDULE");
            case UNSCHEDULE -> Wording.refusal("workflow.reporter.UNSCHEDULE");
            case UNPUBLISH -> Wording.refusal("workflow.reporter.UNPUBLISH");
            case RETURN_TO_DRAFT -> Wording.refusal("workflow.reporter.RETURN_TO_DRAFT");
            case PIN -> Wording.refusal("workflow.reporter.PIN");
            case UNPIN -> Wording.refusal("workflow.reporter.UNPIN");
            case EDIT, SUBMIT, RESTORE_REVISION -> throw new IllegalArgumentException(action + " is open to reporters");
        };
    }

    /** Why the article's state rules the action out for anybody, or null if the state allows it. */
    private static Wording stateRefusal(ArticleStatus from, WorkflowAction action) {
        return switch (action) {
            case EDIT, RESTORE_REVISION -> null;
            case SUBMIT -> from == DRAFT ? null
                    : from == IN_REVIEW ? Wording.refusal("workflow.submit.already")
                    : Wording.refusal("workflow.submit.notDraft", from.name());
            case SEND_BACK -> switch (from) {
                case IN_REVIEW -> null;
                case DRAFT -> Wording.refusal("workflow.sendBack.draft");
                case SCHEDULED -> Wording.refusal("workflow.sendBack.scheduled");
                case PUBLISHED -> Wording.refusal("workflow.sendBack.published");
                case UNPUBLISHED -> Wording.refusal("workflow.sendBack.unpublished");
            };
            case PUBLISH -> from == PUBLISHED ? Wording.refusal("workflow.publish.already") : null;
            case SCHEDULE -> switch (from) {
                case DRAFT, IN_REVIEW -> null;
                case SCHEDULED -> Wording.refusal("workflow.schedule.already");
                case PUBLISHED -> Wording.refusal("workflow.schedule.published");
                case UNPUBLISHED -> Wording.refusal("workflow.schedule.unpublished");
            };
            case UNSCHEDULE -> from == SCHEDULED ? null
                    : Wording.refusal("workflow.unschedule.notScheduled", from.name());
            case UNPUBLISH -> switch (from) {
                case PUBLISHED -> null;
                case UNPUBLISHED -> Wording.refusal("workflow.unpublish.already");
                case SCHEDULED -> Wording.refusal("workflow.unpublish.scheduled");
                case DRAFT, IN_REVIEW -> Wording.refusal("workflow.unpublish.notPublished", from.name());
            };
            case RETURN_TO_DRAFT -> switch (from) {
                case UNPUBLISHED -> null;
                case DRAFT -> Wording.refusal("workflow.returnToDraft.draft");
                case IN_REVIEW -> Wording.refusal("workflow.returnToDraft.inReview");
                case SCHEDULED, PUBLISHED -> Wording.refusal("workflow.returnToDraft.notUnpublished", from.name());
            };
            case PIN, UNPIN -> from == PUBLISHED ? null
                    : Wording.refusal(action == WorkflowAction.PIN ? "workflow.pin.notPublished" : "workflow.unpin.notPublished",
                            from.name());
        };
    }
}
