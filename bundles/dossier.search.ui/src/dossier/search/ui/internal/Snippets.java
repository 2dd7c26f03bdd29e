package dossier.search.ui.internal;

import java.util.ArrayList;
import java.util.List;

/** A snippet from the index marks its matches with [brackets]; the view draws them in bold. */
final class Snippets {

    /** A run of a snippet's text, a match or not. */
    record Segment(String text, boolean match) {
    }

    private Snippets() {
    }

    static List<Segment> segments(String snippet) {
        List<Segment> segments = new ArrayList<>();
        int at = 0;
        while (at < snippet.length()) {
            int open = snippet.indexOf('[', at);
            int close = open < 0 ? -1 : snippet.indexOf(']', open + 1);
            if (close < 0) {
                segments.add(new Segment(snippet.substring(at), false));
                break;
            }
            if (open > at) {
                segments.add(new Segment(snippet.substring(at, open), false));
            }
            segments.add(new Segment(snippet.substring(open + 1, close), true));
            at = close + 1;
        }
        return segments;
    }

    /** The snippet without its marks. */
    static String plain(String snippet) {
        StringBuilder text = new StringBuilder();
        segments(snippet).forEach(s -> text.append(s.text()));
        return text.toString();
    }
}
