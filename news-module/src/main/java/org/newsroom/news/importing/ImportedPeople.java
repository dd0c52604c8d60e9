package org.newsroom.news.importing;

import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.newsroom.news.account.Account;
import org.newsroom.news.account.Role;
import org.newsroom.news.slug.Slugs;

/**
 * WordPress authors → staff accounts: matched to an existing account by login, otherwise created as a
 * reporter, disabled, with a password nobody knows; display names kept in whatever script they are in.
 * (Accounts carry no e-mail address, so there is no matching by e-mail.)
 */
final class ImportedPeople {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,59}");

    private final EntityManager em;

    ImportedPeople(EntityManager em) {
        this.em = em;
    }

    StepResult author(ImportStep step, WxrAuthor author, Supplier<String> unusableHash, LocalDateTime now) {
        String login = author.login() == null ? "" : author.login().strip();
        if (login.isEmpty()) {
            return StepResult.failed("author " + author.id() + " has no login; their posts are credited to the admin who imports");
        }
        String fingerprint = Fingerprint.of(author);
        ImportedKeys keys = new ImportedKeys(em);
        Optional<ImportedItem> known = keys.find(step.site(), ImportedItem.AUTHOR, login.toLowerCase(Locale.ROOT));
        if (known.isPresent() && known.get().getFingerprint().equals(fingerprint)
                && em.find(Account.class, known.get().getTargetId()) != null) {
            return StepResult.of(Outcome.UNCHANGED, known.get().getTargetId(), List.of());
        }
        String username = username(login);
        Optional<Account> existing = byUsername(username);
        Account account;
        Outcome outcome;
        List<String> notes = List.of();
        if (existing.isPresent()) {
            account = existing.get();
            outcome = Outcome.UNCHANGED;       // matched, not changed: Newsroom's account stays as it is
            if (known.isEmpty()) {
                notes = List.of("matched to the existing account " + username);
            }
        } else {
            String name = displayName(author, login);
            account = new Account(username, name, unusableHash.get(), Role.REPORTER, now);
            account.setEnabled(false);
            em.persist(account);
            em.flush();
            outcome = Outcome.CREATED;
            if (!username.equals(login)) {
                notes = List.of("login " + login + " became the username " + username);
            }
        }
        keys.remember(step.site(), ImportedItem.AUTHOR, login.toLowerCase(Locale.ROOT), account.getId(), fingerprint, now);
        return StepResult.of(outcome, account.getId(), notes);
    }

    /** The account a post's {@code dc:creator} names, through the import's own record first. */
    Optional<Account> forLogin(String site, String login) {
        if (login == null || login.isBlank()) {
            return Optional.empty();
        }
        return new ImportedKeys(em).target(site, ImportedItem.AUTHOR, login.strip().toLowerCase(Locale.ROOT))
                .map(id -> em.find(Account.class, id))
                .or(() -> byUsername(username(login)));
    }

    Optional<Account> byUsername(String username) {
        return em.createQuery("select a from Account a where a.username = :name", Account.class)
                .setParameter("name", username).getResultStream().findFirst();
    }

    /** Newsroom's usernames are lower-case ASCII; other logins are transliterated ("Айгерим" → "aygerim"). */
    static String username(String login) {
        String lower = login.strip().toLowerCase(Locale.ROOT);
        if (USERNAME.matcher(lower).matches()) {
            return lower;
        }
        String made = Slugs.fromTitle(lower.replace('@', '-').replace('.', '-'));
        made = made.length() > 60 ? made.substring(0, 60) : made;
        return made.length() < 2 ? made + "-wp" : made;
    }

    private static String displayName(WxrAuthor author, String login) {
        String name = author.displayName() == null || author.displayName().isBlank()
                ? ((author.firstName() == null ? "" : author.firstName()) + " "
                + (author.lastName() == null ? "" : author.lastName())).strip()
                : author.displayName().strip();
        name = name.isEmpty() ? login : PlainText.decode(name);
        return name.length() <= Account.MAX_DISPLAY_NAME_LENGTH ? name : name.substring(0, Account.MAX_DISPLAY_NAME_LENGTH);
    }
}
