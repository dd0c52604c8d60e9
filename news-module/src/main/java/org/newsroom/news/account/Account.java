package org.newsroom.news.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import org.newsroom.news.refusal.Wording;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsroom.news.refusal.Refusal;

/** A member of staff who signs in to the newsroom. Disabled accounts keep their bylines. */
@Entity
@Table(name = "ACCOUNT")
public class Account {

    public static final int MAX_DISPLAY_NAME_LENGTH = 120;
    /** The languages the newsroom's own pages are written in. */
    public static final Set<String> INTERFACE_LANGUAGES = Set.of("en", "ru");

    @Id
    @SequenceGenerator(name = "ACCOUNT_SEQ", sequenceName = "ACCOUNT_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ACCOUNT_SEQ")
    private Long id;

    @Column(name = "USERNAME", nullable = false, unique = true, length = 60)
    private String username;

    @Column(name = "DISPLAY_NAME", nullable = false, length = MAX_DISPLAY_NAME_LENGTH)
    private String displayName;

    @Column(name = "PASSWORD_HASH", nullable = false, length = 400)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "ACCOUNT_ROLE", nullable = false, length = 20)
    private Role role;

    @Column(name = "ENABLED", nullable = false)
    private boolean enabled = true;

    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    /** Null until the member of staff chooses one: their pages follow their browser's language until then. */
    @Column(name = "INTERFACE_LANGUAGE", length = 8)
    private String interfaceLanguage;

    protected Account() {
        // for JPA
    }

    public Account(String username, String displayName, String passwordHash, Role role, LocalDateTime now) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.createdAt = now;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public void changeRole(Role role) {
        if (role == null) {
            throw new AccountRejected(Wording.refusal("account.role.missing"));
        }
        this.role = role;
    }

    /**
     * The language of the newsroom's pages for this member of staff ("en", "ru"), whatever the language
     * of the articles they write. Only languages the pages are written in: any other would show keys.
     */
    public void chooseInterfaceLanguage(String language) {
        String code = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
        if (!INTERFACE_LANGUAGES.contains(code)) {
            throw Refusal.invalid("interfaceLanguage", Wording.refusal("account.interfaceLanguage.unknown"));
        }
        this.interfaceLanguage = code;
    }

    public void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    /**
     * What a signed-in session remembers of the credentials it was opened with: it changes with every
     * password reset (each hash has a fresh salt), so a session opened before the reset is over. Not the
     * hash itself: sessions may be written to disk or to a data grid.
     */
    public String sessionStamp() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(passwordHash.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** The language chosen for the newsroom's pages, if one was: else the browser's counts. */
    public Optional<String> getInterfaceLanguage() {
        return Optional.ofNullable(interfaceLanguage);
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
