package dossier.index.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
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
import dossier.index.QuerySyntaxException;
import dossier.index.SearchIndex;
import dossier.index.SearchRequest;
import dossier.index.SearchResults;

/** Every feature of the query language, each on the small known corpus. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryLanguageTest {

    @TempDir
    static Path folder;

    private ResearchWorkspace workspace;
    private SearchIndex index;
    private Corpus corpus;

    @BeforeAll
    void fill() throws Exception {
        workspace = ResearchWorkspace.open(folder);
        corpus = new Corpus().fill(workspace);
        index = SearchIndex.of(workspace);
        index.refresh();
    }

    @AfterAll
    void close() throws Exception {
        workspace.close();
    }

    /** The names (see {@link Corpus}) of every item found, duplicates grouped under a result included. */
    private Set<String> found(String query) throws Exception {
        SearchResults results = index.search(SearchRequest.of(query).withLimit(50));
        Set<String> names = new TreeSet<>();
        for (SearchResults.Hit hit : results.hits()) {
            names.add(name(hit.id()));
            hit.duplicates().forEach(d -> names.add(name(d)));
        }
        return names;
    }

    private String name(String id) {
        return corpus.ids.entrySet().stream().filter(e -> e.getValue().equals(id)).map(e -> e.getKey()).findFirst()
                .orElse(id);
    }

    private static Set<String> set(String... names) {
        return new TreeSet<>(Set.of(names));
    }

    @Test
    void wordsPhrasesAndProximity() throws Exception {
        assertEquals(set("seed0", "seed1", "seed2", "seed3", "memo"), found("social sharing"), "all words, anywhere");
        assertEquals(set("seed0", "seed1"), found("\"social sharing\""));
        Set<String> near = found("\"social sharing\"~5");
        assertTrue(near.containsAll(set("seed0", "seed1", "memo")), "memo: social metrics and sharing: " + near);
        assertTrue(found("\"social habits\"~5").contains("memo"));
        assertFalse(found("\"social habits\"~2").contains("memo"), "three words apart");
        assertEquals(set("seed3"), found("\"marketing technology\" confusing"));
    }

    @Test
    void booleanOperatorsAndGrouping() throws Exception {
        assertEquals(set("a1", "a2", "seed0"), found("influencer AND budget"));
        assertEquals(set("a1", "a2", "memo"), found("percent OR memo"));
        assertEquals(set("a1"), found("percent -appeared"));
        assertEquals(set("a1"), found("percent NOT appeared"));
        assertEquals(set("memo"), found("+memo +audience"));
        assertEquals(set("memo"), found("(memo OR brandvoice) AND internal"));
        assertEquals(set("a1", "a2", "memo"), found("(memo OR percent) audience"));
    }

    @Test
    void fieldedTerms() throws Exception {
        assertEquals(set("seed1"), found("title:\"social media is social sharing\""));
        assertEquals(set("seed1", "a1", "a2"), found("title:rethinking"), "English stemming: rethink");
        assertEquals(set("a1"), found("author:carol"));
        assertEquals(set("m1", "a1", "a2"), found("tag:Theme"), "a parent tag matches its children");
        assertEquals(set("m1"), found("tag:Theme/Brand"));
        assertEquals(set("seed0", "seed1", "seed2", "seed3", "seed4"), found("tag:\"Source/Blog\""));
        assertEquals(set("a1"), found("source:example.com"));
        assertEquals(set("a1"), found("site:news.example.com"));
        assertEquals(set("a2"), found("site:www.othersite.org"));
        assertEquals(set("m1", "m2"), found("domain:acme.example.com"), "domains of linked URLs");
        assertEquals(set("a3"), found("lang:fr"));
        assertEquals(set("m1", "m2"), found("type:mention"));
        assertEquals(set("a1", "a2", "a3"), found("type:article"));
        assertEquals(set("a1", "a2"), found("case:\"Influencer study\""));
        assertEquals(set("a1", "a2"), found("case:" + workspace.caseFile("Influencer study").get().getId()));
        QuerySyntaxException wrongType = assertThrows(QuerySyntaxException.class, () -> found("type:video"));
        assertTrue(wrongType.getMessage().contains("article, mention or document"), wrongType.getMessage());
        QuerySyntaxException unknown = assertThrows(QuerySyntaxException.class, () -> found("colour:red"));
        assertTrue(unknown.getMessage().startsWith("unknown field 'colour:'"), unknown.getMessage());
    }

    @Test
    void engagementAndReachAreNumbersQueriedByValueOrRange() throws Exception {
        assertEquals(set("m1"), found("likes:>4"));
        assertEquals(set("m1", "m2"), found("likes:>=4"));
        assertEquals(set("m2"), found("likes:4"));
        assertEquals(set("m1"), found("replies:[100 TO 300]"));
        assertEquals(set(), found("replies:{100 TO 300}"), "exclusive bounds");
        assertEquals(set("m2"), found("quotes:>0"));
        assertEquals(set("m1"), found("engagement:370"), "300 + 20 + 50, the unknown quotes left out");
        assertEquals(set("m1", "m2"), found("followers:<=100 reshares:>=0"));
        assertEquals(set("m2"), found("#brandvoice engagement:<10"));
        assertEquals(set(), found("likes:>0 type:article"), "articles have no counts");
        QuerySyntaxException notNumber = assertThrows(QuerySyntaxException.class, () -> found("likes:>lots"));
        assertEquals("likes: is a whole number, not 'lots': write likes:100, likes:>100 or likes:[10 TO 100]",
                notNumber.getMessage());
    }

    @Test
    void wildcards() throws Exception {
        assertEquals(set("a1", "a2", "seed0", "seed3", "seed4"), found("influenc*"));
        assertEquals(set("a1", "a2"), found("perc*nt"));
        assertEquals(set("a1", "a2", "seed0"), found("bud?et"));
        assertEquals(set("m1", "m2"), found("#brand*"));
    }

    @Test
    void dateRangesAbsoluteAndRelative() throws Exception {
        assertEquals(set("m1", "m2"), found("published:[2024-03-01 TO 2024-03-31]"));
        assertEquals(set("m1"), found("published:[2024-03-01 TO 2024-03-10]"), "an end day is inclusive");
        assertEquals(set("a1", "a2"), found("published:2024-05"));
        assertEquals(set("a3"), found("published:>-7d"));
        assertEquals(set("m1", "m2", "a1", "a2"), found("published:<2024-06-01"));
        assertEquals(set("a2", "a3"), found("published:>2024-05-02"));
    }

    @Test
    void handlesAndHashtagsMatchExactly() throws Exception {
        assertEquals(set("m1", "m2"), found("@alice"), "the author and the one who mentions her");
        assertEquals(set("m1", "m2"), found("@ACME_corp"));
        assertEquals(set(), found("@acme"), "not a prefix match");
        assertEquals(set("seed2"), found("@GlenGilmore"));
        assertEquals(set("m1", "m2"), found("#brandvoice"));
        assertEquals(set("seed2"), found("#MMChat"));
        assertEquals(set(), found("#brand"));
    }

    @Test
    void aSyntaxErrorNamesThePositionAndWhatWasExpected() {
        QuerySyntaxException dangling = assertThrows(QuerySyntaxException.class, () -> found("social AND"));
        assertTrue(dangling.getMessage().matches("syntax error at position \\d+: found the end of the query, expected"
                + " .*a word.*"), dangling.getMessage());
        QuerySyntaxException paren = assertThrows(QuerySyntaxException.class, () -> found("social ) sharing"));
        assertEquals(8, paren.position(), paren.getMessage());
        assertTrue(paren.getMessage().startsWith("syntax error at position 8: found ')'"), paren.getMessage());
        QuerySyntaxException unclosed = assertThrows(QuerySyntaxException.class, () -> found("\"social sharing"));
        assertTrue(unclosed.getMessage().contains("unclosed \""), unclosed.getMessage());
        QuerySyntaxException date = assertThrows(QuerySyntaxException.class, () -> found("published:[soon TO *]"));
        assertTrue(date.getMessage().contains("'soon' is not a date"), date.getMessage());
    }

    @Test
    void moreThan1024ClausesAreRefusedNotRun() throws Exception {
        String many = IntStream.range(0, 1025).mapToObj(i -> "w" + i).collect(Collectors.joining(" OR "));
        QuerySyntaxException refused = assertThrows(QuerySyntaxException.class, () -> found(many));
        assertTrue(refused.getMessage().contains("at most 1,024"), refused.getMessage());
        String nested = IntStream.range(0, 40).mapToObj(i -> "(" + IntStream.range(0, 30).mapToObj(j -> "x" + j)
                .collect(Collectors.joining(" OR ")) + ")").collect(Collectors.joining(" OR "));
        assertThrows(QuerySyntaxException.class, () -> found(nested), "1,200 clauses in groups of 30");
        String fine = IntStream.range(0, 1000).mapToObj(i -> "w" + i).collect(Collectors.joining(" OR "));
        assertEquals(set(), found(fine));
    }

    @Test
    void anEmptyQueryFindsEverything() throws Exception {
        assertEquals(11, index.search(SearchRequest.of("").withLimit(50)).totalHits());
    }
}
