package dossier.anchoring.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dossier.anchoring.AnchorResult;
import dossier.anchoring.AnchorResult.Anchored;
import dossier.anchoring.AnchorResult.Method;
import dossier.anchoring.AnchorResult.Orphaned;
import dossier.anchoring.Anchoring;
import dossier.anchoring.TextPositionSelector;
import dossier.anchoring.TextQuoteSelector;

/**
 * Anchors one quote in one text. A match is accepted only when something confirms it: a side of
 * context that is still similar, or else the match identifies itself: a long quote found once, or
 * the quote's whole old paragraph found verbatim. Context also decides how many edits inside the
 * quote are tolerated.
 */
public final class QuoteAnchorer {

    /** a quote this long (folded) identifies its passage without context */
    private static final int SELF_EVIDENT_LENGTH = 64;
    /** a whole paragraph found verbatim identifies itself from this length */
    private static final int SELF_EVIDENT_PARAGRAPH_LENGTH = 12;
    /** folded context this long can fix the edges of an approximate match */
    private static final int MIN_SNAPPING_CONTEXT = Anchoring.CONTEXT_LENGTH / 2;
    /** similarity from which a side of context confirms a match */
    private static final double CONFIRMING_SIMILARITY = 0.75;

    private final String text;
    private final String exact;
    private final TextPositionSelector oldPosition;
    /** the folded quote without its edge whitespace */
    private final String quoteKey;
    private final String prefixKey;
    private final String suffixKey;
    private final boolean prefixReachesTextStart;
    private final boolean suffixReachesTextEnd;
    /** the quote's paragraph around it (folded, without indentation), if the context shows it; else null */
    private final String paragraphHead;
    private final String paragraphTail;
    private NormalizedText folded;

    /** A possible place of the quote; {@code inItsParagraph}: its old paragraph is there verbatim. */
    private record Candidate(int start, int end, int errors, double prefixSimilarity, double suffixSimilarity,
            boolean inItsParagraph) {

        int confirmingSides() {
            return (prefixSimilarity >= CONFIRMING_SIMILARITY ? 1 : 0)
                    + (suffixSimilarity >= CONFIRMING_SIMILARITY ? 1 : 0);
        }
    }

    public QuoteAnchorer(String text, TextQuoteSelector quote, TextPositionSelector oldPosition) {
        this.text = text;
        this.exact = quote.exact();
        this.oldPosition = oldPosition;
        this.quoteKey = NormalizedText.fold(exact).strip();
        this.prefixKey = NormalizedText.fold(quote.prefix());
        this.suffixKey = NormalizedText.fold(quote.suffix());
        this.prefixReachesTextStart = quote.prefix().length() < Anchoring.CONTEXT_LENGTH;
        this.suffixReachesTextEnd = quote.suffix().length() < Anchoring.CONTEXT_LENGTH;
        int headStart = lastLineBreak(quote.prefix(), quote.prefix().length()) + 1;
        this.paragraphHead = headStart > 0 || prefixReachesTextStart ? paragraphHead(quote.prefix(), headStart) : null;
        int tailEnd = nextLineBreak(quote.suffix(), 0);
        this.paragraphTail = tailEnd < quote.suffix().length() || suffixReachesTextEnd
                ? paragraphTail(quote.suffix(), tailEnd) : null;
    }

    public AnchorResult anchor() {
        if (quoteKey.isBlank()) {
            return new Orphaned("the clip has no text to look for");
        }
        if (text.isBlank()) {
            return new Orphaned("the new text is empty");
        }
        folded = NormalizedText.of(text);

        int oldStart = oldPosition.start();
        if (text.startsWith(exact, oldStart)) {
            Candidate atOldPosition = exactCandidate(oldStart);
            if (atOldPosition.confirmingSides() > 0 || isSelfEvident(atOldPosition)) {
                return anchored(atOldPosition, Method.EXACT_AT_OLD_POSITION);
            }
        }

        List<Candidate> exactMatches = new ArrayList<>();
        for (int at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
            exactMatches.add(exactCandidate(at));
        }
        Optional<Candidate> exactInContext = confirmedByContext(exactMatches);
        if (exactInContext.isPresent()) {
            return anchored(exactInContext.get(), Method.EXACT_ELSEWHERE);
        }
        List<Candidate> approximateMatches = new ArrayList<>();
        for (ApproximateSearch.Match match : ApproximateSearch.find(folded.text(), quoteKey, quoteKey.length() / 4)) {
            approximateCandidate(match).ifPresent(approximateMatches::add);
        }
        Optional<Candidate> approximateInContext = confirmedByContext(approximateMatches);
        if (approximateInContext.isPresent()) {
            return anchored(approximateInContext.get(), Method.FUZZY);
        }
        // a passage whose context changed on both sides, e.g. a moved paragraph, must identify itself
        Optional<Candidate> exactAlone = identifiedByItself(exactMatches);
        if (exactAlone.isPresent()) {
            return anchored(exactAlone.get(), Method.EXACT_ELSEWHERE);
        }
        Optional<Candidate> approximateAlone = identifiedByItself(approximateMatches);
        if (approximateAlone.isPresent()) {
            return anchored(approximateAlone.get(), Method.FUZZY);
        }
        if (approximateMatches.isEmpty()) {
            return new Orphaned("the passage is no longer in the text (no match within "
                    + quoteKey.length() / 4 + " edits)");
        }
        return new Orphaned(approximateMatches.size() + " similar passage(s) found, none confirmed by the text around it");
    }

    private static Anchored anchored(Candidate candidate, Method method) {
        return new Anchored(candidate.start(), candidate.end(), method);
    }

    /** The best match with context confirming it; more context tolerates more edits inside the quote. */
    private Optional<Candidate> confirmedByContext(List<Candidate> candidates) {
        int length = quoteKey.length();
        return candidates.stream()
                .filter(candidate -> candidate.confirmingSides() == 2 && candidate.errors() <= length / 4
                        || candidate.confirmingSides() == 1 && candidate.errors() <= length / 6)
                .max(Comparator.comparingDouble(this::score));
    }

    /**
     * The best self-evident match, unless a different passage matches nearly as well; verbatim
     * repetitions of the passage are the same passage, and the one closest to the old position wins.
     */
    private Optional<Candidate> identifiedByItself(List<Candidate> candidates) {
        int tolerance = quoteKey.length() / 10;
        Optional<Candidate> best = candidates.stream()
                .filter(candidate -> isSelfEvident(candidate) && candidate.errors() <= tolerance)
                .max(Comparator.comparingDouble(this::score));
        if (best.isEmpty()) {
            return best;
        }
        String bestText = matchedText(best.get());
        boolean rivalled = candidates.stream().anyMatch(other -> other.errors() <= best.get().errors() + tolerance
                && !matchedText(other).equals(bestText));
        return rivalled ? Optional.empty() : best;
    }

    private String matchedText(Candidate candidate) {
        return NormalizedText.fold(text.substring(candidate.start(), candidate.end()));
    }

    private boolean isSelfEvident(Candidate candidate) {
        return quoteKey.length() >= SELF_EVIDENT_LENGTH || candidate.inItsParagraph()
                && paragraphHead.length() + exact.length() + paragraphTail.length() >= SELF_EVIDENT_PARAGRAPH_LENGTH;
    }

    private double score(Candidate candidate) {
        double quoteSimilarity = 1 - (double) candidate.errors() / quoteKey.length();
        double distance = Math.abs(candidate.start() - oldPosition.start()) / (double) Math.max(1, text.length());
        return 2 * quoteSimilarity + candidate.prefixSimilarity() + candidate.suffixSimilarity()
                + 0.25 * (1 - Math.min(1, distance));
    }

    private Candidate exactCandidate(int start) {
        int end = start + exact.length();
        return candidate(start, end, folded.foldedIndex(start), folded.foldedIndex(end), 0);
    }

    private Optional<Candidate> approximateCandidate(ApproximateSearch.Match match) {
        String foldedText = folded.text();
        int foldedStart = match.start();
        int foldedEnd = match.end();
        if (match.errors() > 0) {
            foldedStart = snappedStart(foldedStart, foldedEnd);
            foldedEnd = snappedEnd(foldedStart, foldedEnd);
        }
        while (foldedStart < foldedEnd && foldedText.charAt(foldedStart) == ' ') {
            foldedStart++;
        }
        while (foldedStart < foldedEnd && foldedText.charAt(foldedEnd - 1) == ' ') {
            foldedEnd--;
        }
        if (foldedStart == foldedEnd) {
            return Optional.empty();
        }
        return Optional.of(foldedCandidate(foldedStart, foldedEnd, match.errors()));
    }

    /*
     * An edit at the edge of the quote leaves the edges of an approximate match uncertain; where the
     * context still matches next to it, the context's end is the quote's start, and likewise its end.
     * Only a context found nearly intact, close to the edge, moves it.
     */

    private int snappedStart(int foldedStart, int foldedEnd) {
        if (prefixKey.length() < MIN_SNAPPING_CONTEXT) {
            return foldedStart;
        }
        int slack = quoteKey.length() / 4 + 1;
        int windowStart = Math.max(0, foldedStart - prefixKey.length() - slack);
        String window = folded.text().substring(windowStart, Math.min(foldedEnd, foldedStart + slack));
        List<ApproximateSearch.Match> found = ApproximateSearch.find(window, prefixKey, prefixKey.length() / 8);
        return found.isEmpty() || windowStart + found.get(0).end() >= foldedEnd ? foldedStart
                : windowStart + found.get(0).end();
    }

    private int snappedEnd(int foldedStart, int foldedEnd) {
        if (suffixKey.length() < MIN_SNAPPING_CONTEXT) {
            return foldedEnd;
        }
        int slack = quoteKey.length() / 4 + 1;
        int windowStart = Math.max(foldedStart, foldedEnd - slack);
        String window = folded.text().substring(windowStart,
                Math.min(folded.length(), foldedEnd + suffixKey.length() + slack));
        List<ApproximateSearch.Match> found = ApproximateSearch.find(window, suffixKey, suffixKey.length() / 8);
        return found.isEmpty() || windowStart + found.get(0).start() <= foldedStart ? foldedEnd
                : windowStart + found.get(0).start();
    }

    private Candidate foldedCandidate(int foldedStart, int foldedEnd, int errors) {
        int start = folded.originalStart(foldedStart);
        if (start > 0 && Character.isLowSurrogate(text.charAt(start)) && Character.isHighSurrogate(text.charAt(start - 1))) {
            start--;
        }
        int end = folded.originalEnd(foldedEnd);
        if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1)) && Character.isLowSurrogate(text.charAt(end))) {
            end++;
        }
        return candidate(start, end, foldedStart, foldedEnd, errors);
    }

    private Candidate candidate(int start, int end, int foldedStart, int foldedEnd, int errors) {
        String foldedText = folded.text();
        int beforeLength = prefixKey.length() + (prefixReachesTextStart ? 1 : 0);
        String before = foldedText.substring(Math.max(0, foldedStart - beforeLength), foldedStart);
        int afterLength = suffixKey.length() + (suffixReachesTextEnd ? 1 : 0);
        String after = foldedText.substring(foldedEnd, Math.min(foldedText.length(), foldedEnd + afterLength));
        return new Candidate(start, end, errors, similarity(prefixKey, before), similarity(suffixKey, after),
                isInItsParagraph(start, end));
    }

    private boolean isInItsParagraph(int start, int end) {
        if (paragraphHead == null || paragraphTail == null) {
            return false;
        }
        int headStart = lastLineBreak(text, start) + 1;
        int tailEnd = nextLineBreak(text, end);
        return paragraphHead(text.substring(headStart, start), 0).equals(paragraphHead)
                && paragraphTail(text.substring(end, tailEnd), tailEnd - end).equals(paragraphTail);
    }

    private static String paragraphHead(String s, int start) {
        return NormalizedText.fold(s.substring(start)).stripLeading();
    }

    private static String paragraphTail(String s, int end) {
        return NormalizedText.fold(s.substring(0, end)).stripTrailing();
    }

    private static double similarity(String expected, String actual) {
        int longer = Math.max(expected.length(), actual.length());
        return longer == 0 ? 1 : 1 - (double) ApproximateSearch.distance(expected, actual) / longer;
    }

    /** The index of the last line break before {@code index}, or -1. */
    private static int lastLineBreak(String s, int index) {
        int i = index - 1;
        while (i >= 0 && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
            i--;
        }
        return i;
    }

    /** The index of the first line break at or after {@code index}, or the length. */
    private static int nextLineBreak(String s, int index) {
        int i = index;
        while (i < s.length() && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
            i++;
        }
        return i;
    }
}
