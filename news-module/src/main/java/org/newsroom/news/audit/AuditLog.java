package org.newsroom.news.audit;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsroom.news.account.Role;

/**
 * The audit log: sign-ins, failed sign-ins, refused actions, publishing and account changes. An
 * entry is written in its own transaction, so a refusal is recorded even though the refused action
 * is rolled back.
 */
@Stateless
public class AuditLog {

    /** What the log records; the names are what admins filter on. */
    public static final String SIGN_IN = "SIGN_IN";
    public static final String SIGN_IN_FAILED = "SIGN_IN_FAILED";
    /** A signed-in session refused because its account was disabled or its password reset meanwhile. */
    public static final String SESSION_ENDED = "SESSION_ENDED";
    public static final String REFUSED = "REFUSED";

    @PersistenceContext(unitName = "newsroom")
    private EntityManager em;

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(String actor, String action, String subject, String detail) {
        em.persist(new AuditEntry(LocalDateTime.now(Clock.systemUTC()), actor == null ? "anonymous" : actor,
                action, subject, detail));
    }

    /** Newest first; null or blank filters match everything. */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<AuditEntry> search(String actor, String action, LocalDateTime from, LocalDateTime to, int first, int max) {
        // Conditions are added only when used: PostgreSQL cannot type a bare "? is null" parameter.
        StringBuilder jpql = new StringBuilder("select e from AuditEntry e where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        condition(jpql, parameters, "e.actor = :actor", "actor", blankToNull(actor));
        condition(jpql, parameters, "e.action = :action", "action", blankToNull(action));
        condition(jpql, parameters, "e.recordedAt >= :from", "from", from);
        condition(jpql, parameters, "e.recordedAt < :to", "to", to);
        TypedQuery<AuditEntry> query = em.createQuery(jpql + " order by e.recordedAt desc, e.id desc", AuditEntry.class);
        parameters.forEach(query::setParameter);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    private static void condition(StringBuilder jpql, Map<String, Object> parameters, String clause, String name,
                                  Object value) {
        if (value != null) {
            jpql.append(" and ").append(clause);
            parameters.put(name, value);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
