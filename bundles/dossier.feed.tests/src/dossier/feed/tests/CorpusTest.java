package dossier.feed.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import dossier.feed.FeedEntry;
import dossier.feed.FeedException;
import dossier.feed.FeedParser;
import dossier.feed.ParsedFeed;

/**
 * Ingests every file of feedparser's test corpus (well-formed, ill-formed, encodings, entities): no uncaught
 * exception, well-formed feeds with items yield entries, and the expectations that name an expected text
 * (feed title, first entry's title/description/summary/link) are compared where they can be read generally.
 */
class CorpusTest {

    private static final Pattern HAS_ITEM = Pattern.compile("<(?:[A-Za-z0-9_]+:)?(item|entry)[\\s>/]");
    /** e.g. entries[0]['description'] == 'don\u2019t' or feed.title == u"..." */
    private static final Pattern TEXT_EXPECT = Pattern.compile(
            "(?<!\\w)(?:(ord)\\()?(feed|entries\\[0\\])(?:\\[['\"](\\w+)['\"]\\]|\\.(\\w+))\\)?\\s*==\\s*(?:u?'((?:[^'\\\\]|\\\\.)*)'|u?\"((?:[^\"\\\\]|\\\\.)*)\"|(\\d+))(?!\\s*\\+)");

    /**
     * Where Dossier knowingly reads differently from feedparser: bozo_linenoise expects the noise kept, Dossier
     * repairs the valid double-encoded UTF-8 in it; &amp;lang;/&amp;rang; are U+27E8/U+27E9 in HTML5's entity
     * table (jsoup) and U+2329/U+232A in HTML 4's (feedparser).
     */
    private static final java.util.Set<String> KNOWN_DIFFERENCES = java.util.Set.of("encoding/bozo_linenoise.xml",
            "entities/lang.xml", "entities/rang.xml");

    static final class Counts {
        int files, parsed, entries, failed, checked, matched;
    }

    @Test
    void everyFileIsIngested() throws Exception {
        Path root = Corpus.folder();
        Map<String, Counts> byFolder = new TreeMap<>();
        List<String> uncaught = new ArrayList<>();
        List<String> missingEntries = new ArrayList<>();
        List<String> mismatches = new ArrayList<>();
        List<String> badMessages = new ArrayList<>();
        long start = System.nanoTime();
        for (Path file : Corpus.files(root)) {
            String rel = root.relativize(file).toString();
            String folder = rel.substring(0, rel.indexOf('/'));
            Counts c = byFolder.computeIfAbsent(folder, k -> new Counts());
            c.files++;
            byte[] bytes = Files.readAllBytes(file);
            String expect = Corpus.header(bytes, "Expect");
            String header = Corpus.header(bytes, "Header");
            String contentType = header.regionMatches(true, 0, "Content-type:", 0, 13) ? header.substring(13).strip()
                    : null;
            ParsedFeed feed;
            try {
                feed = FeedParser.parse(bytes, "http://example.com/feeds/" + file.getFileName(), contentType);
            } catch (FeedException e) {
                c.failed++;
                if (e.getMessage() == null || e.getMessage().isBlank() || e.getMessage().contains("\n")) {
                    badMessages.add(rel + ": " + e.getMessage());
                }
                continue;
            } catch (Throwable t) {
                uncaught.add(rel + ": " + t);
                continue;
            }
            c.parsed++;
            c.entries += feed.entries().size();
            String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
            if (folder.equals("wellformed") && expect.contains("entries") && HAS_ITEM.matcher(text).find()
                    && feed.entries().isEmpty()) {
                missingEntries.add(rel + " (" + feed.feedType() + ", warnings " + feed.warnings() + ")");
            }
            Matcher m = TEXT_EXPECT.matcher(expect);
            while (m.find()) {
                String field = m.group(3) != null ? m.group(3) : m.group(4);
                String expected = m.group(7) != null ? String.valueOf((char) Integer.parseInt(m.group(7)))
                        : Corpus.python(m.group(5) != null ? m.group(5) : m.group(6));
                if (m.group(1) != null && m.group(7) == null || m.group(1) == null && m.group(7) != null) {
                    continue;
                }
                String actual = actual(feed, m.group(2).equals("feed"), field);
                if (actual == null && !m.group(2).equals("feed") && feed.entries().isEmpty()) {
                    actual = "";
                }
                if (actual == null || KNOWN_DIFFERENCES.contains(rel)) {
                    continue; // a field Dossier does not keep (e.g. subtitle), or a known difference
                }
                c.checked++;
                if (normal(actual).equals(normal(expected))) {
                    c.matched++;
                } else {
                    mismatches.add(rel + ": " + m.group(2) + "." + field + " expected \"" + abbreviate(expected)
                            + "\" got \"" + abbreviate(actual) + "\"");
                }
            }
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println("feedparser corpus, " + ms + " ms:");
        System.out.printf("  %-11s %6s %6s %8s %7s %8s %8s%n", "folder", "files", "parsed", "entries", "failed",
                "checked", "matched");
        Counts total = new Counts();
        for (Map.Entry<String, Counts> e : byFolder.entrySet()) {
            Counts c = e.getValue();
            System.out.printf("  %-11s %6d %6d %8d %7d %8d %8d%n", e.getKey(), c.files, c.parsed, c.entries, c.failed,
                    c.checked, c.matched);
            total.files += c.files;
            total.parsed += c.parsed;
            total.entries += c.entries;
            total.failed += c.failed;
            total.checked += c.checked;
            total.matched += c.matched;
        }
        System.out.printf("  %-11s %6d %6d %8d %7d %8d %8d%n", "total", total.files, total.parsed, total.entries,
                total.failed, total.checked, total.matched);
        System.out.println("  uncaught: " + uncaught.size() + ", well-formed with items but no entries: "
                + missingEntries.size() + ", text mismatches: " + mismatches.size());
        mismatches.forEach(s -> System.out.println("  mismatch " + s));
        missingEntries.forEach(s -> System.out.println("  no entries " + s));

        assertEquals(List.of(), uncaught, "uncaught exceptions");
        assertEquals(List.of(), badMessages, "FeedException messages must be one clear line");
        assertEquals(List.of(), missingEntries, "well-formed feeds with items must yield entries");
        assertTrue(total.files >= 1000, "the whole corpus is read: " + total.files);
        Counts enc = byFolder.get("encoding");
        assertTrue(enc.checked >= 5 && enc.matched == enc.checked,
                "encoding/: expected texts decode right: " + enc.matched + " of " + enc.checked);
        Counts ent = byFolder.get("entities");
        assertTrue(ent.checked >= 100 && ent.matched == ent.checked,
                "entities/: expected texts: " + ent.matched + " of " + ent.checked);
    }

    private static String actual(ParsedFeed feed, boolean isFeed, String field) {
        if (isFeed) {
            return switch (field) {
            case "title" -> feed.title();
            case "link" -> feed.siteUrl();
            default -> null;
            };
        }
        if (feed.entries().isEmpty()) {
            return null;
        }
        FeedEntry e = feed.entries().get(0);
        return switch (field) {
        case "title" -> e.title();
        case "link" -> e.url();
        case "description", "summary" -> e.summaryHtml() != null ? e.summaryHtml() : e.contentHtml();
        case "author" -> e.authorName();
        default -> null;
        };
    }

    private static String normal(String s) {
        if (s == null) {
            return "";
        }
        String t = s.indexOf('<') >= 0 || s.indexOf('&') >= 0 ? Jsoup.parseBodyFragment(s).body().text() : s;
        return t.replaceAll("\\s+", " ").strip();
    }

    private static String abbreviate(String s) {
        String t = s == null ? "null" : s.replace("\n", "\\n");
        return t.length() > 120 ? t.substring(0, 120) + "..." : t;
    }
}
