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
 * context that still matches, or a quote (or whole paragraph) long enough to identify itself and
 * found only once. Context also decides how many edits inside the quote are tolerated.
 */
public final class QuoteAnchorer {

    /** a quote this long (folded) identifies its passage without context, if found only once */
    private static final int SELF_EVIDENT_LENGTH = 40;
    /** a quote that is a whole paragraph identifies itself from this length */
    private static final int SELF_EVIDENT_PARAGRAPH_LENGTH = 12;
    /** similarity from which a side of context confirms a match */
    private static final double CONFIRMING_SIMILARITY = 0.75;

    private final String text;
    private final String exact;
    private final TextPositionSelector oldPosition;
    private final String quoteKey;
    private final String prefixKey;
    private final String suffixKey;
    private final boolean prefixReachesTextStart;
    private final boolean suffixReachesTextEnd;
    private final boolean quoteIsParagraph;
    private NormalizedText folded;

    private record Candidate(int start, int end, int errors, double prefixSimilarity, double suffixSimilarity,
            int confirmingSides, boolean paragraph) {
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
        this.quoteIsParagraph = lineBreakBefore(quote.prefix(), quote.prefix().length(), prefixReachesTextStart)
                && lineBreakAfter(quote.suffix(), 0, suffixReachesTextEnd);
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
        Optional<Candidate> bestExact = choose(exactMatches);
        if (bestExact.isPresent()) {
            return anchored(bestExact.get(), Method.EXACT_ELSEWHERE);
        }

        List<Candidate> approximateMatches = new ArrayList<>();
        for (ApproximateSearch.Match match : ApproximateSearch.find(folded.text(), quoteKey, quoteKey.length() / 4)) {
            approximateCandidate(match).ifPresent(approximateMatches::add);
        }
        Optional<Candidate> bestApproximate = choose(approximateMatches);
        if (bestApproximate.isPresent()) {
            return anchored(bestApproximate.get(), Method.FUZZY);
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

    private Candidate exactCandidate(int start) {
        int end = start + exact.length();
        return candidate(start, end, folded.foldedIndex(start), folded.foldedIndex(end), 0);
    }

    private Optional<Candidate> approximateCandidate(ApproximateSearch.Match match) {
        int foldedStart = match.start();
        int foldedEnd = match.end();
        String matched = folded.text();
        if (foldedStart < foldedEnd && matched.charAt(foldedStart) == ' ') {
            foldedStart++;
        }
        if (foldedStart < foldedEnd && matched.charAt(foldedEnd - 1) == ' ') {
            foldedEnd--;
        }
        if (foldedStart == foldedEnd) {
            return Optional.empty();
        }
        int start = folded.originalStart(foldedStart);
        if (start > 0 && Character.isLowSurrogate(text.charAt(start)) && Character.isHighSurrogate(text.charAt(start - 1))) {
            start--;
        }
        int end = folded.originalEnd(foldedEnd);
        if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1)) && Character.isLowSurrogate(text.charAt(end))) {
            end++;
        }
        return Optional.of(candidate(start, end, foldedStart, foldedEnd, match.errors()));
    }

    private Candidate candidate(int start, int end, int foldedStart, int foldedEnd, int errors) {
        String foldedText = folded.text();
        int beforeLength = prefixKey.length() + (prefixReachesTextStart ? 1 : 0);
        String before = foldedText.substring(Math.max(0, foldedStart - beforeLength), foldedStart);
        int afterLength = suffixKey.length() + (suffixReachesTextEnd ? 1 : 0);
        String after = foldedText.substring(foldedEnd, Math.min(foldedText.length(), foldedEnd + afterLength));
        double prefixSimilarity = similarity(prefixKey, before);
        double suffixSimilarity = similarity(suffixKey, after);
        int confirmingSides = (prefixSimilarity >= CONFIRMING_SIMILARITY ? 1 : 0)
                + (suffixSimilarity >= CONFIRMING_SIMILARITY ? 1 : 0);
        boolean paragraph = lineBreakBefore(text, start, true) && lineBreakAfter(text, end, true);
        return new Candidate(start, end, errors, prefixSimilarity, suffixSimilarity, confirmingSides, paragraph);
    }

    private Optional<Candidate> choose(List<Candidate> candidates) {
        return candidates.stream()
                .filter(candidate -> candidate.errors() <= allowedErrors(candidate))
                .filter(candidate -> candidate.confirmingSides() > 0 || isOnlyMatch(candidate, candidates))
                .max(Comparator.comparingDouble(this::score));
    }

    /** Edits tolerated inside the quote: more when more context confirms the place. */
    private int allowedErrors(Candidate candidate) {
        int length = quoteKey.length();
        switch (candidate.confirmingSides()) {
        case 2:
            return length / 4;
        case 1:
            return length / 6;
        default:
            return isSelfEvident(candidate) ? length / 10 : -1;
        }
    }

    private boolean isSelfEvident(Candidate candidate) {
        return quoteKey.length() >= SELF_EVIDENT_LENGTH || quoteIsParagraph && candidate.paragraph()
                && quoteKey.length() >= SELF_EVIDENT_PARAGRAPH_LENGTH;
    }

    private boolean isOnlyMatch(Candidate candidate, List<Candidate> candidates) {
        int nearlyAsGood = candidate.errors() + quoteKey.length() / 10;
        return candidates.stream().noneMatch(other -> other != candidate && other.errors() <= nearlyAsGood);
    }

    private double score(Candidate candidate) {
        double quoteSimilarity = 1 - (double) candidate.errors() / quoteKey.length();
        double distance = Math.abs(candidate.start() - oldPosition.start()) / (double) Math.max(1, text.length());
        return 2 * quoteSimilarity + candidate.prefixSimilarity() + candidate.suffixSimilarity()
                + 0.25 * (1 - Math.min(1, distance));
    }

    private static double similarity(String expected, String actual) {
        int longer = Math.max(expected.length(), actual.length());
        return longer == 0 ? 1 : 1 - (double) ApproximateSearch.distance(expected, actual) / longer;
    }

    /** Whether only spaces or tabs separate {@code index} from a line break before it (or the text start). */
    private static boolean lineBreakBefore(String s, int index, boolean startCounts) {
        int i = index;
        while (i > 0 && (s.charAt(i - 1) == ' ' || s.charAt(i - 1) == '\t')) {
            i--;
        }
        return i == 0 ? startCounts : s.charAt(i - 1) == '\n' || s.charAt(i - 1) == '\r';
    }

    /** Whether only spaces or tabs separate {@code index} from a line break after it (or the text end). */
    private static boolean lineBreakAfter(String s, int index, boolean endCounts) {
        int i = index;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i == s.length() ? endCounts : s.charAt(i) == '\n' || s.charAt(i) == '\r';
    }
}
