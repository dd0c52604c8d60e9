package org.newsroom.web.articles.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsroom.news.article.ListingKind;

class ReadableAddressTest {

    private static Optional<ReadableAddress> of(String path) {
        return ReadableAddress.of(path, Set.of("kazakhstan")::contains);
    }

    @Test
    void aCyrillicTagIsDecodedAsUtf8() {
        assertEquals(Optional.of(new ReadableAddress(ListingKind.TAG, "тенге")),
                of("/tag/%D1%82%D0%B5%D0%BD%D0%B3%D0%B5"));
    }

    @Test
    void kazakhLettersSurviveTheAddress() {
        // әғқңөұүһі, as a browser sends them
        assertEquals(Optional.of(new ReadableAddress(ListingKind.TAG, "әғқңөұүһі")),
                of("/tag/%D3%99%D2%93%D2%9B%D2%A3%D3%A9%D2%B1%D2%AF%D2%BB%D1%96"));
    }

    @Test
    void aPlusInAPathIsAPlusAndASpaceIsPercentTwenty() {
        assertEquals(Optional.of(new ReadableAddress(ListingKind.TAG, "C++ and Go")), of("/tag/C++%20and%20Go"));
    }

    @Test
    void sectionsAuthorsAndSearchAreRecognised() {
        assertEquals(Optional.of(new ReadableAddress(ListingKind.SECTION, "kazakhstan")), of("/kazakhstan"));
        assertEquals(Optional.of(new ReadableAddress(ListingKind.AUTHOR, "rita")), of("/author/rita"));
        assertEquals(Optional.of(ReadableAddress.SEARCH), of("/search"));
    }

    @Test
    void otherAddressesAndBrokenEncodingsAreNotListings() {
        assertEquals(Optional.empty(), of("/"));
        assertEquals(Optional.empty(), of("/index.xhtml"));
        assertEquals(Optional.empty(), of("/newsroom"));
        assertEquals(Optional.empty(), of("/tag/"));
        assertEquals(Optional.empty(), of("/tag/a/b"));
        assertEquals(Optional.empty(), of("/tag/%zz"));
        assertEquals(Optional.empty(), of("/tag/%D1"), "half a Cyrillic letter");
    }
}
