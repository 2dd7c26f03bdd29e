package dossier.index.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.twitter.twittertext.Extractor;

import dossier.index.IndexSchema;
import dossier.store.Engagement;
import dossier.store.ItemType;
import dossier.store.StoredItem;

/** The links an item's text holds are found word by word as twitter-text finds them in the whole text. */
class LinkedUrlsTest {

    private static final List<String> TEXTS = List.of(
            "See https://acme.example.com/launch?x=1. Then example.org, and www.other.net/path!",
            "(read: http://news.example.org/a_b) [also bit.ly/3xYz] \"quoted.example.com\"",
            "mail jane@example.com or $AAPL.US and #tag.com and @handle.io, then t.co/abc… end.",
            "Fullwidth\uFF0Eexample\uFF0Ecom and http://例え.テスト/path and https://xn--e1afmkfd.xn--p1ai.",
            "No links here. Just sentences. 3.14 and e.g. i.e. U.S.A. at 10.30.",
            "trailing https://example.com/path/.\nnext line example.co.uk/x?y=z#frag");

    @Test
    void theSameLinksAsTheWholeTextGives() {
        Extractor extractor = new Extractor();
        for (String text : TEXTS) {
            List<String> expected = new LinkedHashSet<>(extractor.extractURLs(text)).stream()
                    .map(u -> u.toLowerCase(Locale.ROOT)).toList();
            StoredItem item = new StoredItem("i1", ItemType.MENTION, null, null, "", null, null, null, null,
                    Instant.parse("2024-01-01T00:00:00Z"), "en", "text/plain", "0".repeat(64), 1, Engagement.UNKNOWN);
            List<String> found = Arrays.asList(IndexSchema.document(item, text).getValues("url"));
            assertEquals(expected, found, text);
        }
    }
}
