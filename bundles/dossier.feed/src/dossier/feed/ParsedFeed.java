package dossier.feed;

import java.util.List;

/**
 * A feed as Dossier reads it.
 *
 * @param title    the feed's title, or {@code null}
 * @param siteUrl  the web site the feed belongs to, or {@code null}
 * @param feedType e.g. {@code rss_2.0}, {@code atom_1.0}, {@code json_1.1}; {@code recovered_rss} or
 *                 {@code recovered_atom} when the XML was not well-formed and was read leniently
 * @param entries  its entries in document order
 * @param warnings what was wrong with the document and how it was read anyway (empty for a clean feed)
 */
public record ParsedFeed(String title, String siteUrl, String feedType, List<FeedEntry> entries, List<String> warnings) {

    public ParsedFeed {
        entries = List.copyOf(entries);
        warnings = List.copyOf(warnings);
    }
}
