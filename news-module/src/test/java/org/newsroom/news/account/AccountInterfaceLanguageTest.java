package org.newsroom.news.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsroom.news.refusal.Refusal;

class AccountInterfaceLanguageTest {

    private final Account aigerim = new Account("aigerim", "Айгерим", "hash", Role.REPORTER,
            LocalDateTime.of(2026, 12, 1, 9, 0));

    @Test
    void aNewAccountHasChosenNoLanguageSoItsBrowsersCounts() {
        assertEquals(Optional.empty(), aigerim.getInterfaceLanguage());
    }

    @Test
    void russianIsChosenAsWrittenOrInCapitals() {
        aigerim.chooseInterfaceLanguage(" RU ");
        assertEquals(Optional.of("ru"), aigerim.getInterfaceLanguage());
        aigerim.chooseInterfaceLanguage("en");
        assertEquals(Optional.of("en"), aigerim.getInterfaceLanguage());
    }

    @Test
    void aLanguageThePagesAreNotWrittenInIsRefusedNamingTheFieldAndKeepsTheChoiceBefore() {
        aigerim.chooseInterfaceLanguage("ru");
        for (String unsupported : new String[] {"kk", "de", "", "ru-RU", null}) {
            Refusal refusal = assertThrows(Refusal.class, () -> aigerim.chooseInterfaceLanguage(unsupported));
            assertEquals(Refusal.Reason.INVALID, refusal.reason());
            assertEquals("interfaceLanguage", refusal.field().orElseThrow());
        }
        assertEquals(Optional.of("ru"), aigerim.getInterfaceLanguage());
    }
}
