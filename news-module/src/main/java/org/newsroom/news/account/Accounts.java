package org.newsroom.news.account;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Staff accounts: the transaction boundary of the account feature. */
@Stateless
@PermitAll
public class Accounts {

    @PersistenceContext(unitName = "newsroom")
    private EntityManager em;

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    public Optional<Account> findEnabled(String username) {
        return em.createQuery("select a from Account a where a.username = :name and a.enabled = true", Account.class)
                .setParameter("name", username)
                .getResultStream()
                .findFirst();
    }

    /** Enabled staff for byline pickers: username and the name bylines show. */
    public List<Account> directory() {
        return em.createQuery("select a from Account a where a.enabled = true order by a.displayName", Account.class)
                .getResultList();
    }

    public boolean anyAdmin() {
        return em.createQuery("select count(a) from Account a where a.role = :admin", Long.class)
                .setParameter("admin", Role.ADMIN)
                .getSingleResult() > 0;
    }

    /** Only for first start; callers hold the setup lock so two instances never both create it. */
    public Account createAdmin(String username, String displayName, String password) {
        Account admin = new Account(username, displayName, passwordHash.generate(password.toCharArray()),
                Role.ADMIN, LocalDateTime.now(Clock.systemUTC()));
        em.persist(admin);
        return admin;
    }
}
