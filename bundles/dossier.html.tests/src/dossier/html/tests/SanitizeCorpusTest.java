package dossier.html.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dossier.feed.FeedEntry;
import dossier.feed.FeedException;
import dossier.feed.FeedParser;
import dossier.feed.ParsedFeed;
import dossier.html.HtmlSanitizer;
import dossier.testing.SharedData;

/**
 * Every feed of feedparser's sanitiser tests, parsed with dossier.feed; every entry's summary, content and title
 * and the feed's title are sanitised and must come out safe.
 */
class SanitizeCorpusTest {

    @Test
    void everySanitizerCaseComesOutSafe() throws Exception {
        Path folder = SharedData.corpus("feedparser-tests").resolve("wellformed/sanitize");
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        int feeds = 0, failed = 0, entries = 0, fragments = 0, changed = 0;
        List<String> unsafe = new ArrayList<>();
        long start = System.nanoTime();
        for (Path file : files) {
            ParsedFeed feed;
            try {
                feed = FeedParser.parse(Files.readAllBytes(file), "http://example.com/feed.xml");
            } catch (FeedException e) {
                failed++;
                continue;
            }
            feeds++;
            List<String> html = new ArrayList<>();
            html.add(feed.title());
            for (FeedEntry e : feed.entries()) {
                entries++;
                html.add(e.summaryHtml());
                html.add(e.contentHtml());
                html.add(e.title());
            }
            String base = feed.siteUrl() != null ? feed.siteUrl() : "http://example.com/feed.xml";
            for (String h : html) {
                if (h == null || h.isEmpty()) {
                    continue;
                }
                fragments++;
                String clean = HtmlSanitizer.sanitize(h, base);
                if (!clean.equals(h)) {
                    changed++;
                }
                List<String> problems = Safety.problems(clean);
                if (!problems.isEmpty()) {
                    unsafe.add(file.getFileName() + ": " + problems + " in " + clean);
                }
            }
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println("sanitize corpus: " + files.size() + " files, " + feeds + " parsed, " + failed
                + " failed, " + entries + " entries, " + fragments + " HTML fragments sanitised, " + changed
                + " changed by the sanitiser, " + unsafe.size() + " unsafe, " + ms + " ms");
        unsafe.forEach(u -> System.out.println("  UNSAFE " + u));
        assertTrue(files.size() >= 300, "files: " + files.size());
        assertEquals(0, failed, "every sanitizer feed parses");
        assertTrue(fragments >= 300, "fragments: " + fragments);
        assertEquals(List.of(), unsafe);
    }
}
