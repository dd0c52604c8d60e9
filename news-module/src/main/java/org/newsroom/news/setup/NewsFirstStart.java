package org.newsroom.news.setup;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.newsroom.news.account.Account;
import org.newsroom.news.account.Accounts;
import org.newsroom.news.article.Article;
import org.newsroom.news.section.Section;
import org.newsroom.news.section.SectionKind;

/**
 * Makes an empty database useful: the outlet's sections, a handful of sample articles and the
 * first admin account. Runs under a row lock so it happens once however many instances start.
 */
@Stateless
public class NewsFirstStart {

    public static final String ADMIN_USERNAME = "admin";
    private static final Logger LOG = Logger.getLogger(NewsFirstStart.class.getName());

    @PersistenceContext(unitName = "newsroom")
    private EntityManager em;

    @Inject
    private Accounts accounts;

    /**
     * @param configuredAdminPassword the password for the first admin, or null/blank to generate
     *                                one and print it once to the log
     * @param sampleArticles          whether the first start also adds the sample articles (the
     *                                outlet's sections are created either way)
     */
    public void prepare(String configuredAdminPassword, boolean sampleArticles) {
        NewsSetup setup = em.find(NewsSetup.class, NewsSetup.SINGLETON_ID, LockModeType.PESSIMISTIC_WRITE);
        if (setup == null) {
            throw new IllegalStateException("NEWS_SETUP row missing: the schema migration did not run");
        }
        Account admin = accounts.anyAdmin() ? null : createFirstAdmin(configuredAdminPassword);
        if (!setup.sampleSeeded()) {
            Map<String, Section> sections = seedSections();
            if (sampleArticles) {
                seedSampleArticles(sections, admin != null ? admin : anyAccount());
            }
            setup.markSampleSeeded(now());
        }
    }

    private Account createFirstAdmin(String configuredPassword) {
        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        String password = generated ? generatePassword() : configuredPassword;
        Account admin = accounts.createAdmin(ADMIN_USERNAME, "Newsroom Admin", password);
        if (generated) {
            LOG.warning(() -> "First start: created newsroom account '" + ADMIN_USERNAME
                    + "' with generated password " + password
                    + " (shown only this once; set NEWSROOM_ADMIN_PASSWORD to choose it instead)");
        } else {
            LOG.info(() -> "First start: created newsroom account '" + ADMIN_USERNAME
                    + "' with the password from NEWSROOM_ADMIN_PASSWORD");
        }
        return admin;
    }

    private Account anyAccount() {
        return em.createQuery("select a from Account a order by a.id", Account.class)
                .setMaxResults(1).getSingleResult();
    }

    /** The outlet's sections, unless the database has some already (a restored or imported one). */
    private Map<String, Section> seedSections() {
        List<Section> existing = em.createQuery("select s from Section s", Section.class).getResultList();
        if (!existing.isEmpty()) {
            return existing.stream().collect(Collectors.toMap(Section::getSlug, s -> s));
        }
        Map<String, Section> sections = defaultSections().stream()
                .peek(em::persist)
                .collect(Collectors.toMap(Section::getSlug, s -> s));
        LOG.info("First start: created the outlet's sections");
        return sections;
    }

    private void seedSampleArticles(Map<String, Section> sections, Account author) {
        List<Article> english = new java.util.ArrayList<>();
        for (SampleArticles.Sample sample : SampleArticles.load()) {
            english.add(seed(sample, sections, author));
        }
        // The Russian edition's samples, each linked as the translation of the English one it tells again.
        for (SampleArticles.Translation translation : SampleArticles.loadRussian()) {
            seed(translation.sample(), sections, author).translatedAs(english.get(translation.translates()));
        }
        LOG.info("First start: added the sample articles (NEWSROOM_SAMPLE_CONTENT=on)");
    }

    private Article seed(SampleArticles.Sample sample, Map<String, Section> sections, Account author) {
        List<Section> filed = sample.sectionSlugs().stream().map(sections::get).filter(java.util.Objects::nonNull).toList();
        Article article = new Article(sample.title(), sample.body(), author, filed, sample.publishedAt());
        article.publishedOn(sample.publishedAt());
        em.persist(article);
        return article;
    }

    /** The countries are in the readers' section menu to start with, in the same order (as V14 does for a site that upgrades). */
    static List<Section> defaultSections() {
        List<Section> sections = List.of(
                new Section("kazakhstan", "Kazakhstan", SectionKind.COUNTRY, 10),
                new Section("kyrgyzstan", "Kyrgyzstan", SectionKind.COUNTRY, 20),
                new Section("tajikistan", "Tajikistan", SectionKind.COUNTRY, 30),
                new Section("turkmenistan", "Turkmenistan", SectionKind.COUNTRY, 40),
                new Section("uzbekistan", "Uzbekistan", SectionKind.COUNTRY, 50),
                new Section("politics", "Politics", SectionKind.TOPIC, 60),
                new Section("economy", "Economy", SectionKind.TOPIC, 70),
                new Section("society", "Society", SectionKind.TOPIC, 80));
        sections.stream().filter(section -> section.getKind() == SectionKind.COUNTRY)
                .forEach(country -> country.placeInMenu(country.getSortOrder()));
        // The Russian edition's names (the same as schema version 19 gives a database made before it).
        List<String> russian = List.of("Казахстан", "Кыргызстан", "Таджикистан", "Туркменистан", "Узбекистан",
                "Политика", "Экономика", "Общество");
        for (int i = 0; i < sections.size(); i++) {
            sections.get(i).renameInRussian(russian.get(i));
        }
        return sections;
    }

    private static String generatePassword() {
        byte[] random = new byte[15];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(Clock.systemUTC());
    }
}
