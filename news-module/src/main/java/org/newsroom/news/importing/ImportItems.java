package org.newsroom.news.importing;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.newsroom.news.account.Role;
import org.newsroom.news.media.MediaSettings;
import org.newsroom.news.media.MediaStore;

/**
 * One WordPress item per transaction: it is imported whole, with its progress and report lines, or not
 * at all. A dry run does the same work and rolls it back (its outcome is then written on its own).
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportItems {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "newsroom")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    private MediaStore store;

    @PostConstruct
    void configure() {
        store = new MediaStore(MediaSettings.mediaDirectory());
    }

    public StepResult author(ImportStep step, WxrAuthor author) {
        return finish(step, new ImportedPeople(em).author(step, author, () -> passwordHash.generate(randomSecret()),
                ImportRuns.now()));
    }

    public StepResult section(ImportStep step, WxrTerm category) {
        return finish(step, new ImportedSections(em).section(step, category, ImportRuns.now()));
    }

    public StepResult media(ImportStep step, AttachmentPlan attachment, byte[] content, long maxBytes, long maxPixels) {
        return finish(step, new ImportedFiles(em, store).media(step, attachment, content, maxBytes, maxPixels,
                session.getCallerPrincipal().getName(), ImportRuns.now()));
    }

    /** @param attachmentPages the old addresses of the post's attachment pages, which now lead to the article */
    public StepResult post(ImportStep step, PostPlan plan, ConvertedBody body, List<String> tags, String fingerprint,
                           List<String> attachmentPages) {
        return finish(step, new ImportedArticles(em).post(step, plan, body, tags, fingerprint, attachmentPages,
                session.getCallerPrincipal().getName(), ImportRuns.now()));
    }

    private StepResult finish(ImportStep step, StepResult result) {
        if (step.dryRun()) {
            session.setRollbackOnly();
        } else {
            Progress.write(em, step, result, ImportRuns.now());
        }
        return result;
    }

    /** A password nobody knows: imported accounts stay disabled until an admin resets it and enables them. */
    private static char[] randomSecret() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes).toCharArray();
    }
}
