package org.newsroom.news.revision;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.newsroom.news.account.Role;
import org.newsroom.news.refusal.InvalidValue;
import org.newsroom.news.refusal.Wording;

/** The revision history of articles: every save is kept; listing and comparing them. */
@Stateless
@RolesAllowed({Role.REPORTER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
public class Revisions {

    @PersistenceContext(unitName = "newsroom")
    private EntityManager em;

    /** Called in the saving transaction: the revision exists exactly when the save does. */
    public Revision record(Long articleId, String savedBy, LocalDateTime savedAt, RevisionSnapshot content,
                           Long featuredImageId, String note) {
        Integer last = em.createQuery("select max(r.number) from Revision r where r.articleId = :article", Integer.class)
                .setParameter("article", articleId)
                .getSingleResult();
        Revision revision = new Revision(articleId, last == null ? 1 : last + 1, savedBy, savedAt, content,
                featuredImageId, note);
        em.persist(revision);
        return revision;
    }

    /** Newest first. */
    public List<Revision> of(Long articleId) {
        return em.createQuery("select r from Revision r where r.articleId = :article order by r.number desc",
                        Revision.class)
                .setParameter("article", articleId)
                .getResultList();
    }

    public Optional<Revision> find(Long articleId, int number) {
        return em.createQuery("select r from Revision r where r.articleId = :article and r.number = :number",
                        Revision.class)
                .setParameter("article", articleId)
                .setParameter("number", number)
                .getResultStream()
                .findFirst();
    }

    /** What changed from revision {@code older} to {@code newer}, field by field, as safe HTML. */
    public List<FieldChange> compare(Long articleId, int older, int newer) {
        RevisionSnapshot before = find(articleId, older).map(Revision::snapshot).orElse(RevisionSnapshot.EMPTY);
        RevisionSnapshot after = find(articleId, newer).map(Revision::snapshot)
                .orElseThrow(() -> new InvalidValue(Wording.refusal("revision.missing", String.valueOf(newer))));
        return RevisionDiff.between(before, after);
    }
}
