package dossier.extract.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import dossier.extract.Article;
import dossier.extract.ArticleExtractor;

/** Title, author, date, canonical URL and language from JSON-LD, OpenGraph/meta tags and the markup. */
class MetadataTest {

    private static final String BODY = "<p>" + "The campaign reached three million people in a week, which the"
            + " agency called a record for the brand, and the numbers held up in the second week too. ".repeat(3)
            + "</p>";

    @Test
    void jsonLdArticleWins() {
        String html = "<html lang=fr><head><title>Page title | Site</title>"
                + "<meta property=og:title content='OG title'>"
                + "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"WebSite\",\"name\":\"Site\"},"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"The headline\",\"inLanguage\":\"de\","
                + "\"datePublished\":\"2019-11-19T11:21:08-05:00\","
                + "\"author\":[{\"@type\":\"Person\",\"name\":\"Ada Lovelace\"},{\"@type\":\"Person\",\"name\":\"Alan Turing\"}]}"
                + "]}</script></head><body><article>" + BODY + "</article></body></html>";
        Article a = ArticleExtractor.extract(html, "https://example.com/a");
        assertEquals("The headline", a.title());
        assertEquals("Ada Lovelace, Alan Turing", a.author());
        assertEquals(Instant.parse("2019-11-19T16:21:08Z"), a.published());
        assertEquals("en", a.language(), "the text is English: the declarations it contradicts lose");
        assertEquals("https://example.com/a", a.canonicalUrl());
    }

    @Test
    void blogPostingWithAuthorAsStringAndBrokenSecondScript() {
        String html = "<head><script type='application/ld+json'>{ not json</script>"
                + "<script type='application/ld+json'>[{\"@type\":[\"BlogPosting\"],\"headline\":\"Post\","
                + "\"author\":\"Grace Hopper\",\"datePublished\":\"2020-02-03\",\"inLanguage\":\"en-GB\"}]</script>"
                + "</head><body>" + BODY + "</body>";
        Article a = ArticleExtractor.extract(html, null);
        assertEquals("Post", a.title());
        assertEquals("Grace Hopper", a.author());
        assertEquals(Instant.parse("2020-02-03T00:00:00Z"), a.published());
        assertEquals("en-GB", a.language());
    }

    @Test
    void openGraphAndMetaTagsAndCanonicalLink() {
        String html = "<html><head><title>Fallback</title>"
                + "<meta property='og:title' content='Open Graph title'>"
                + "<meta property='og:url' content='https://example.com/og'>"
                + "<meta property='article:published_time' content='2018-07-02T07:42:00+0000'>"
                + "<meta name='author' content='Jane Doe'>"
                + "<meta property='og:locale' content='en_US'>"
                + "<link rel='canonical' href='/canonical/path'>"
                + "</head><body>" + BODY + "</body></html>";
        Article a = ArticleExtractor.extract(html, "https://example.com/page?utm=x");
        assertEquals("Open Graph title", a.title());
        assertEquals("Jane Doe", a.author());
        assertEquals(Instant.parse("2018-07-02T07:42:00Z"), a.published());
        assertEquals("https://example.com/canonical/path", a.canonicalUrl(), "relative canonical resolved");
        assertEquals("en-US", a.language());
    }

    @Test
    void nothingDeclared() {
        Article a = ArticleExtractor.extract("<html><body><h1>Only a heading</h1>" + BODY + "</body></html>",
                "https://example.com/x");
        assertEquals("Only a heading", a.title());
        assertEquals("", a.author());
        assertNull(a.published());
        assertEquals("https://example.com/x", a.canonicalUrl());
        assertEquals("en", a.language(), "detected in the text");
    }

    @Test
    void theDeclaredTagStaysWhenTheTextAgreesOrIsTooShort() {
        String german = "<p>Die Kampagne erreichte in einer Woche drei Millionen Menschen, was die Agentur als Rekord"
                + " für die Marke bezeichnete, und die Zahlen hielten sich auch in der zweiten Woche.</p>";
        assertEquals("de-AT", ArticleExtractor.extract("<html lang=de-AT><body>" + german, null).language());
        assertEquals("de", ArticleExtractor.extract("<html lang=en><body>" + german, null).language());
        assertEquals("fr", ArticleExtractor.extract("<html lang=fr><body><p>OK</p>", null).language());
    }
}
