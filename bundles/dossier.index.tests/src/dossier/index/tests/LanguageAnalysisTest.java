package dossier.index.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import dossier.casefile.ResearchWorkspace;
import dossier.index.SearchIndex;
import dossier.index.SearchRequest;
import dossier.index.SearchResults;

/**
 * Text in a language Lucene has an analyzer for is also searched as that language (German words stemmed as German,
 * French as French), on both sides: what is indexed and what is asked. English, and text of no known language, are
 * searched as before.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LanguageAnalysisTest {

    private static final String GERMAN = "Die Preise des Hauses am See sind gestiegen, und viele Familien mit Kindern"
            + " suchen ein Haus am Stadtrand. " + IntStream.rangeClosed(1, 30).mapToObj(i -> "Im Bezirk " + i
                    + " stiegen die Mieten um " + (i * 7 % 13 + 2) + " Prozent, berichtet das Amt " + i * 3 + ".")
                    .collect(Collectors.joining(" "));

    @TempDir
    static Path folder;

    private ResearchWorkspace workspace;
    private SearchIndex index;
    private final Map<String, String> ids = new LinkedHashMap<>();

    @BeforeAll
    void fill() throws Exception {
        workspace = ResearchWorkspace.open(folder);
        put("de", "https://zeitung.example.de/wohnen", "Wohnungsmarkt", "de", GERMAN);
        put("de copy", "https://andere.example.de/wohnen", "Wohnungsmarkt", "de-AT",
                GERMAN + " Zuerst erschienen in der Zeitung.");
        put("fr", "https://journal.example.fr/ferme", "La ferme", "fr",
                "Les chevaux du village sont rentrés avant l'orage, et les élections municipales approchent.");
        put("en", "https://news.example.com/housing", "Housing market", "en",
                "The houses by the lake sold quickly; children played in the gardens of the houses.");
        put("und", "https://example.net/notiz", "Notiz", null, "Ein Haus mit Garten, ohne erkannte Sprache.");
        workspace.save();
        index = SearchIndex.of(workspace);
        index.refresh();
    }

    private void put(String name, String url, String title, String language, String body) throws Exception {
        ids.put(name, workspace.importCapture(Corpus.article(url, title, "Writer", language, body,
                Instant.parse("2024-05-02T08:00:00Z")), null, List.of()).id());
    }

    @AfterAll
    void close() throws Exception {
        workspace.close();
    }

    private SearchResults search(String query) throws Exception {
        return index.search(SearchRequest.of(query).withLimit(20));
    }

    /** The names of every item found, near-duplicates grouped under a result included. */
    private Set<String> found(String query) throws Exception {
        Set<String> names = new TreeSet<>();
        for (SearchResults.Hit hit : search(query).hits()) {
            names.add(name(hit.id()));
            hit.duplicates().forEach(d -> names.add(name(d)));
        }
        return names;
    }

    private String name(String id) {
        return ids.entrySet().stream().filter(e -> e.getValue().equals(id)).findFirst().orElseThrow().getKey();
    }

    @Test
    void germanWordsFindTheirOtherFormsInGermanText() throws Exception {
        // the English analysis alone leaves "häuser" and "haus", "kinder" and "kindern" apart
        assertEquals(Set.of("de", "de copy"), found("Häuser"), "Häuser finds Hauses and Haus; de-AT is German");
        assertEquals(Set.of("de", "de copy"), found("Kind"));
        assertEquals(Set.of("de", "de copy"), found("Häuser Kind Mieten"), "every word, each in its German forms");
        assertEquals(Set.of("de", "de copy"), found("\"Haus am See\""), "a phrase, German stop word and all");
        assertEquals(Set.of("de", "de copy"), found("\"Häuser See\"~2"), "a phrase with slop");
        assertEquals(Set.of("und"), found("Haus -lang:de"), "text of no known language: English analysis, as before");
    }

    @Test
    void frenchWordsFindTheirOtherFormsInFrenchText() throws Exception {
        assertEquals(Set.of("fr"), found("cheval"));
        assertEquals(Set.of("fr"), found("élection"));
    }

    @Test
    void theLanguageFieldRestricts() throws Exception {
        assertEquals(Set.of("de", "de copy"), found("Häuser lang:de"));
        assertEquals(Set.of(), found("Häuser lang:fr"));
        assertEquals(Set.of("fr"), found("lang:fr"));
    }

    @Test
    void englishIsSearchedAsBefore() throws Exception {
        assertEquals(Set.of("en"), found("house"));
        assertEquals(Set.of("en"), found("the children"), "an English stop word asks nothing of the other languages");
        assertEquals(Set.of("en"), found("\"houses by the lake\""));
        String many = IntStream.range(0, 1000).mapToObj(i -> "w" + i).collect(Collectors.joining(" OR "));
        assertEquals(Set.of("en"), found(many + " OR garden"),
                "a query too long to search every language searches the text field alone");
    }

    @Test
    void snippetsMarkTheGermanFormsAndCopiesAreGrouped() throws Exception {
        SearchResults results = search("Häuser Kind");
        assertEquals(1, results.hits().size(), results.toString());
        SearchResults.Hit hit = results.hits().get(0);
        assertEquals(1, hit.duplicates().size(), "the Austrian copy is grouped under the first");
        assertTrue(hit.snippet().contains("[Hauses]") && hit.snippet().contains("[Kindern]"), hit.snippet());
        assertTrue(hit.snippet().contains("[Haus]"), hit.snippet());
    }
}
