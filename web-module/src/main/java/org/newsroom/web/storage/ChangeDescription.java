package org.newsroom.web.storage;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.persistence.indirection.IndirectCollection;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.changesets.ObjectChangeSet;
import org.eclipse.persistence.sessions.changesets.UnitOfWorkChangeSet;
import org.newsroom.news.article.Article;
import org.newsroom.news.article.SlugRedirect;
import org.newsroom.news.section.Section;
import org.newsroom.web.storage.PublicChange.Kind;

/**
 * Reads a {@link PublicChange} off EclipseLink's change set of a transaction: what kind of content it
 * wrote and, for articles, their ids, slugs (and a renamed one's old slug), sections and tags as they are about
 * to be committed.
 * It never loads anything: a collection the transaction did not read is left out, because a query
 * in the middle of a commit is not this listener's to make.
 */
final class ChangeDescription {

    private static final Map<String, Kind> KINDS = Map.of(
            "Article", Kind.ARTICLE, "ListingEntry", Kind.ARTICLE, "SlugRedirect", Kind.ARTICLE,
            "ImportedAddress", Kind.ARTICLE, "Section", Kind.SECTION, "ExchangeRate", Kind.RATE,
            "RateSourceStatus", Kind.RATE, "HeldRate", Kind.RATE, "MediaItem", Kind.MEDIA, "Account", Kind.ACCOUNT);

    private ChangeDescription() {
    }

    static PublicChange of(UnitOfWorkChangeSet changes, Set<String> privateClasses, Session unitOfWork) {
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        Set<Long> ids = new HashSet<>();
        Set<String> slugs = new HashSet<>();
        Set<String> sections = new HashSet<>();
        Set<String> tags = new HashSet<>();
        for (ObjectChangeSet change : changeSets(changes)) {
            String className = change.getClassName();
            if (privateClasses.contains(className)) {
                continue;
            }
            kinds.add(KINDS.getOrDefault(className.substring(className.lastIndexOf('.') + 1), Kind.OTHER));
            Object written = written(change, unitOfWork);
            if (Article.class.getName().equals(className) && change.getId() instanceof Long id) {
                ids.add(id);
            }
            if (SlugRedirect.class.getName().equals(className) && change.getId() instanceof String oldSlug) {
                // A renamed article: pages still linking to it by its old slug name that one.
                slugs.add(oldSlug);
            }
            if (written instanceof Article article) {
                if (article.getSlug() != null) {
                    slugs.add(article.getSlug());
                }
                if (loaded(article.getSections())) {
                    article.getSections().stream().map(Section::getSlug).forEach(sections::add);
                }
                if (loaded(article.getTags())) {
                    tags.addAll(article.getTags());
                }
            } else if (written instanceof Section section && section.getSlug() != null) {
                sections.add(section.getSlug());
            }
        }
        return new PublicChange(ContentGeneration.node(), Instant.now(), kinds, ids, slugs, sections, tags);
    }

    /** The object as this transaction holds it, from the unit of work's own identity map (never the database). */
    static Object written(ObjectChangeSet change, Session unitOfWork) {
        if (change.getId() == null) {
            return null;
        }
        try {
            return unitOfWork.getIdentityMapAccessor().getFromIdentityMap(change.getId(), change.getClassType(unitOfWork));
        } catch (RuntimeException notThere) {
            return null;
        }
    }

    private static boolean loaded(Collection<?> values) {
        return values != null && (!(values instanceof IndirectCollection<?, ?> lazy) || lazy.isInstantiated());
    }

    private static Set<ObjectChangeSet> changeSets(UnitOfWorkChangeSet changes) {
        Set<ObjectChangeSet> all = new HashSet<>();
        add(all, changes.getAllChangeSets());
        add(all, changes.getDeletedObjects());
        return all;
    }

    private static void add(Set<ObjectChangeSet> all, Map<?, ?> changeSets) {
        if (changeSets != null) {
            changeSets.keySet().forEach(key -> all.add((ObjectChangeSet) key));
        }
    }
}
