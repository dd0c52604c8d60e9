package org.newsroom.news.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Optional;
import java.util.Set;

/** Checks newsroom sign-ins against the accounts table; the account's role becomes its only group. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    private Accounts accounts;

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    /** Verified against when the user is unknown, so an unknown name costs as long as a wrong password. */
    private volatile String decoyHash;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Optional<Account> account = accounts.findEnabled(login.getCaller());
        String hash = account.map(Account::getPasswordHash).orElseGet(this::decoyHash);
        boolean matches = passwordHash.verify(login.getPassword().getValue(), hash);
        if (account.isEmpty() || !matches) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(account.get().getUsername(), Set.of(account.get().getRole().name()));
    }

    private String decoyHash() {
        if (decoyHash == null) {
            decoyHash = passwordHash.generate("no-such-account".toCharArray());
        }
        return decoyHash;
    }
}
