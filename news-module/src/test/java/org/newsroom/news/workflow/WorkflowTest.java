package org.newsroom.news.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.newsroom.news.account.Role;
import org.newsroom.news.article.ArticleStatus;

class WorkflowTest {

    /**
     * Every action in every status, for every role, as author ("own") and not ("other").
     * A status is the result of an allowed action; "-" means refused.
     */
    private static final String EXPECTED = """
            action           from         | REPORTER own  other      | EDITOR own   other        | ADMIN own    other
            EDIT             DRAFT        | DRAFT         -          | DRAFT        DRAFT        | DRAFT        DRAFT
            EDIT             IN_REVIEW    | -             -          | IN_REVIEW    IN_REVIEW    | IN_REVIEW    IN_REVIEW
            EDIT             SCHEDULED    | -             -          | SCHEDULED    SCHEDULED    | SCHEDULED    SCHEDULED
            EDIT             PUBLISHED    | -             -          | PUBLISHED    PUBLISHED    | PUBLISHED    PUBLISHED
            EDIT             UNPUBLISHED  | -             -          | UNPUBLISHED  UNPUBLISHED  | UNPUBLISHED  UNPUBLISHED
            SUBMIT           DRAFT        | IN_REVIEW     -          | IN_REVIEW    -            | IN_REVIEW    -
            SUBMIT           IN_REVIEW    | -             -          | -            -            | -            -
            SUBMIT           SCHEDULED    | -             -          | -            -            | -            -
            SUBMIT           PUBLISHED    | -             -          | -            -            | -            -
            SUBMIT           UNPUBLISHED  | -             -          | -            -            | -            -
            SEND_BACK        DRAFT        | -             -          | -            -            | -            -
            SEND_BACK        IN_REVIEW    | -             -          | DRAFT        DRAFT        | DRAFT        DRAFT
            SEND_BACK        SCHEDULED    | -             -          | -            -            | -            -
            SEND_BACK        PUBLISHED    | -             -          | -            -            | -            -
            SEND_BACK        UNPUBLISHED  | -             -          | -            -            | -            -
            PUBLISH          DRAFT        | -             -          | PUBLISHED    PUBLISHED    | PUBLISHED    PUBLISHED
            PUBLISH          IN_REVIEW    | -             -          | PUBLISHED    PUBLISHED    | PUBLISHED    PUBLISHED
            PUBLISH          SCHEDULED    | -             -          | PUBLISHED    PUBLISHED    | PUBLISHED    PUBLISHED
            PUBLISH          PUBLISHED    | -             -          | -            -            | -            -
            PUBLISH          UNPUBLISHED  | -             -          | PUBLISHED    PUBLISHED    | PUBLISHED    PUBLISHED
            SCHEDULE         DRAFT        | -             -          | SCHEDULED    SCHEDULED    | SCHEDULED    SCHEDULED
            SCHEDULE         IN_REVIEW    | -             -          | SCHEDULED    SCHEDULED    | SCHEDULED    SCHEDULED
            SCHEDULE         SCHEDULED    | -             -          | -            -            | -            -
            SCHEDULE         PUBLISHED    | -             -          | -            -            | -            -
            SCHEDULE         UNPUBLISHED  | -             -          | -            -            | -            -
            UNSCHEDULE       DRAFT        | -             -          | -            -            | -            -
            UNSCHEDULE       IN_REVIEW    | -             -          | -            -            | -            -
            UNSCHEDULE       SCHEDULED    | -             -          | IN_REVIEW    IN_REVIEW    | IN_REVIEW    IN_REVIEW
            UNSCHEDULE       PUBLISHED    | -             -          | -            -            | -            -
            UNSCHEDULE       UNPUBLISHED  | -             -          | -            -            | -            -
            UNPUBLISH        DRAFT        | -             -          | -            -            | -            -
            UNPUBLISH        IN_REVIEW    | -             -          | -            -            | -            -
            UNPUBLISH        SCHEDULED    | -             -          | -            -            | -            -
            UNPUBLISH        PUBLISHED    | -             -          | UNPUBLISHED  UNPUBLISHED  | UNPUBLISHED  UNPUBLISHED
            UNPUBLISH        UNPUBLISHED  | -             -          | -            -            | -            -
            RETURN_TO_DRAFT  DRAFT        | -             -          | -            -            | -            -
            RETURN_TO_DRAFT  IN_REVIEW    | -             -          | -            -            | -            -
            RETURN_TO_DRAFT  SCHEDULED    | -             -          | -            -            | -            -
            RETURN_TO_DRAFT  PUBLISHED    | -             -          | -            -            | -            -
            RETURN_TO_DRAFT  UNPUBLISHED  | -             -          | DRAFT        DRAFT        | DRAFT        DRAFT
            PIN              DRAFT        | -             -          | -            -            | -            -
            PIN              IN_REVIEW    | -             -          | -            -            | -            -
            PIN              SCHEDULED    | -             -          | -            -            | -            -
            PIN              PUBLISHED    | -             -          | PUBLISHED    PUBLISHED    | PUBLISHED    PUBLISHED
            PIN              UNPUBLISHED  | -             -          | -            -            | -            -
            UNPIN            DRAFT        | -             -          | -            -            | -            -
            UNPIN            IN_REVIEW    | -             -          | -            -            | -            -
            UNPIN            SCHEDULED    | -             -          | -            -            | -            -
            UNPIN            PUBLISHED    | -             -          | PUBLISHED    PUBLISHED    | PUBLISHED    PUBLISHED
            UNPIN            UNPUBLISHED  | -             -          | -            -            | -            -
            RESTORE_REVISION DRAFT        | DRAFT         -          | DRAFT        DRAFT        | DRAFT        DRAFT
            RESTORE_REVISION IN_REVIEW    | -             -          | IN_REVIEW    IN_REVIEW    | IN_REVIEW    IN_REVIEW
            RESTORE_REVISION SCHEDULED    | -             -          | SCHEDULED    SCHEDULED    | SCHEDULED    SCHEDULED
            RESTORE_REVISION PUBLISHED    | -             -          | PUBLISHED    PUBLISHED    | PUBLISHED    PUBLISHED
            RESTORE_REVISION UNPUBLISHED  | -             -          | UNPUBLISHED  UNPUBLISHED  | UNPUBLISHED  UNPUBLISHED
            """;

    /** The words a refusal must contain so people know which action it is about. */
    private static final Map<WorkflowAction, Pattern> ACTION_WORDS = new EnumMap<>(Map.ofEntries(
            Map.entry(WorkflowAction.EDIT, Pattern.compile("edit")),
            Map.entry(WorkflowAction.SUBMIT, Pattern.compile("submit")),
            Map.entry(WorkflowAction.SEND_BACK, Pattern.compile("sen[dt] back")),
            Map.entry(WorkflowAction.PUBLISH, Pattern.compile("publish")),
            Map.entry(WorkflowAction.SCHEDULE, Pattern.compile("schedul")),
            Map.entry(WorkflowAction.UNSCHEDULE, Pattern.compile("unschedul")),
            Map.entry(WorkflowAction.UNPUBLISH, Pattern.compile("unpublish")),
            Map.entry(WorkflowAction.RETURN_TO_DRAFT, Pattern.compile("return.* to draft")),
            Map.entry(WorkflowAction.PIN, Pattern.compile("pin")),
            Map.entry(WorkflowAction.UNPIN, Pattern.compile("unpin")),
            Map.entry(WorkflowAction.RESTORE_REVISION, Pattern.compile("restore"))));

    private record Case(Role role, boolean isAuthor, ArticleStatus from, WorkflowAction action, ArticleStatus expected) {
        @Override
        public String toString() {
            return role + (isAuthor ? " (author) " : " (not author) ") + action + " on " + from + " -> "
                    + (expected == null ? "refused" : expected);
        }
    }

    private static List<Case> expectedCases() {
        List<Case> cases = new ArrayList<>();
        EXPECTED.lines().skip(1).forEach(line -> {
            String[] cells = line.replace("|", " ").trim().split("\\s+");
            WorkflowAction action = WorkflowAction.valueOf(cells[0]);
            ArticleStatus from = ArticleStatus.valueOf(cells[1]);
            int column = 2;
            for (Role role : List.of(Role.REPORTER, Role.EDITOR, Role.ADMIN)) {
                for (boolean isAuthor : new boolean[] {true, false}) {
                    String cell = cells[column++];
                    cases.add(new Case(role, isAuthor, from, action, cell.equals("-") ? null : ArticleStatus.valueOf(cell)));
                }
            }
        });
        return cases;
    }

    @Test
    void theTableCoversEveryCombinationExactlyOnce() {
        Map<String, Integer> seen = new HashMap<>();
        for (Case c : expectedCases()) {
            seen.merge(c.role() + "/" + c.isAuthor() + "/" + c.from() + "/" + c.action(), 1, Integer::sum);
        }
        int all = Role.values().length * 2 * ArticleStatus.values().length * WorkflowAction.values().length;
        assertEquals(all, seen.size());
        assertTrue(seen.values().stream().allMatch(n -> n == 1), "duplicated rows: " + seen);
        assertEquals(3, Role.values().length, "a new role needs its own columns in the table");
    }

    @TestFactory
    Stream<DynamicTest> everyRoleStatusAndActionIsDecidedAsTheTableSays() {
        return expectedCases().stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
            Decision decision = Workflow.decide(c.role(), c.isAuthor(), c.from(), c.action());
            if (c.expected() == null) {
                assertFalse(decision.allowed(), decision::toString);
                assertEquals(c.from(), decision.to(), "a refused action leaves the status alone");
                assertRefusalIsReadable(c.action(), decision.refusal());
            } else {
                assertTrue(decision.allowed(), decision::toString);
                assertEquals(c.expected(), decision.to());
                assertNull(decision.refusal());
            }
        }));
    }

    private static void assertRefusalIsReadable(WorkflowAction action, String refusal) {
        assertTrue(refusal != null && !refusal.isBlank(), "empty refusal for " + action);
        assertTrue(Character.isUpperCase(refusal.charAt(0)) && refusal.endsWith("."), refusal);
        assertTrue(ACTION_WORDS.get(action).matcher(refusal.toLowerCase(Locale.ROOT)).find(),
                "refusal of " + action + " does not name it: " + refusal);
        assertFalse(refusal.matches(".*\\b(IN_REVIEW|UNPUBLISHED|RETURN_TO_DRAFT|null)\\b.*"),
                "enum names are not for people: " + refusal);
    }

    @Test
    void refusalsSayWhatToDoInstead() {
        assertEquals("Reporters cannot publish: send the article for review instead.",
                Workflow.decide(Role.REPORTER, true, ArticleStatus.DRAFT, WorkflowAction.PUBLISH).refusal());
        assertEquals("Only the author or an editor may edit this draft.",
                Workflow.decide(Role.REPORTER, false, ArticleStatus.DRAFT, WorkflowAction.EDIT).refusal());
        assertEquals("A scheduled article cannot be sent back; unschedule it first.",
                Workflow.decide(Role.EDITOR, false, ArticleStatus.SCHEDULED, WorkflowAction.SEND_BACK).refusal());
        assertEquals("This article is in review, with the editors: ask an editor to send it back before you edit it.",
                Workflow.decide(Role.REPORTER, true, ArticleStatus.IN_REVIEW, WorkflowAction.EDIT).refusal());
        assertEquals("Only the author can submit this draft for review; as an editor you can publish or schedule it directly.",
                Workflow.decide(Role.ADMIN, false, ArticleStatus.DRAFT, WorkflowAction.SUBMIT).refusal());
    }

    @Test
    void reportersAreToldAboutTheirRoleBeforeTheArticlesState() {
        // Telling a reporter "already published" would suggest they could publish otherwise.
        assertEquals("Reporters cannot publish: send the article for review instead.",
                Workflow.decide(Role.REPORTER, false, ArticleStatus.PUBLISHED, WorkflowAction.PUBLISH).refusal());
    }

    @Test
    void onlySendingBackNeedsAComment() {
        for (WorkflowAction action : WorkflowAction.values()) {
            assertEquals(action == WorkflowAction.SEND_BACK, action.needsComment(), action.name());
            assertFalse(action.label().isBlank());
        }
    }

    @Test
    void orThrowGivesTheNewStatusOrThePlainRefusal() {
        assertEquals(ArticleStatus.IN_REVIEW,
                Workflow.decide(Role.REPORTER, true, ArticleStatus.DRAFT, WorkflowAction.SUBMIT).orThrow());
        WorkflowRefused refused = assertThrows(WorkflowRefused.class,
                () -> Workflow.decide(Role.REPORTER, true, ArticleStatus.DRAFT, WorkflowAction.SCHEDULE).orThrow());
        assertEquals("Reporters cannot schedule: send the article for review and an editor will schedule it.",
                refused.getMessage());
        assertEquals(refused.getMessage(), refused.refusal());
    }

    @Test
    void theFullLifeOfAStoryGoesRoundTheCycle() {
        ArticleStatus status = ArticleStatus.DRAFT;
        status = Workflow.decide(Role.REPORTER, true, status, WorkflowAction.SUBMIT).orThrow();
        status = Workflow.decide(Role.EDITOR, false, status, WorkflowAction.SEND_BACK).orThrow();
        status = Workflow.decide(Role.REPORTER, true, status, WorkflowAction.EDIT).orThrow();
        status = Workflow.decide(Role.REPORTER, true, status, WorkflowAction.SUBMIT).orThrow();
        status = Workflow.decide(Role.EDITOR, false, status, WorkflowAction.SCHEDULE).orThrow();
        status = Workflow.decide(Role.EDITOR, false, status, WorkflowAction.PUBLISH).orThrow();
        status = Workflow.decide(Role.ADMIN, false, status, WorkflowAction.UNPUBLISH).orThrow();
        status = Workflow.decide(Role.ADMIN, false, status, WorkflowAction.RETURN_TO_DRAFT).orThrow();
        assertEquals(ArticleStatus.DRAFT, status);
    }

    @Test
    void missingArgumentsAreProgrammingErrors() {
        assertThrows(NullPointerException.class,
                () -> Workflow.decide(null, true, ArticleStatus.DRAFT, WorkflowAction.EDIT));
        assertThrows(NullPointerException.class,
                () -> Workflow.decide(Role.EDITOR, true, null, WorkflowAction.EDIT));
        assertThrows(NullPointerException.class,
                () -> Workflow.decide(Role.EDITOR, true, ArticleStatus.DRAFT, null));
    }
}
