package dossier.anchoring.tests;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clips and realistic edits of a real article, each with its ground truth: where the clip's
 * passage is in the edited text, or that it is gone.
 */
final class CorpusCases {

    enum EditKind {
        UNCHANGED("unchanged"),
        INSERTED_BEFORE("text inserted before"),
        MOVED("paragraph moved"),
        WHITESPACE_AND_TYPOGRAPHY("whitespace and typography"),
        EDITED_INSIDE("word changed or typo fixed inside"),
        REMOVED("passage removed");

        final String label;

        EditKind(String label) {
            this.label = label;
        }
    }

    /** A range of the text, [start, end). */
    record Span(int start, int end) {
        int length() {
            return end - start;
        }
    }

    /**
     * Clip {@code oldSpan} of {@code oldText}; its passage is at any of {@code expected} in
     * {@code newText} (more than one where the article repeats a paragraph verbatim), or gone if empty.
     */
    record Case(EditKind kind, String oldText, Span oldSpan, String newText, List<Span> expected) {
    }

    private static final int MIN_CLIP_LENGTH = 20;
    private static final int MAX_SENTENCE_LENGTH = 600;
    private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");
    private static final List<String> INSERTED_PARAGRAPHS = List.of(
            "Update, 14 March: this post was revised after readers pointed out two mistakes.",
            "Editor's note: a version of this article first appeared in our weekly newsletter.",
            "(Disclosure: the author has worked with some of the companies mentioned below.)",
            "Related: how brands measure the reach of social sharing, and why it matters.");

    private final String text;
    private final Random random;
    private final List<Span> paragraphs = new ArrayList<>();
    private final List<Span> sentences = new ArrayList<>();

    CorpusCases(String text, Random random) {
        this.text = text;
        this.random = random;
        Matcher line = Pattern.compile("(?m)^[ \\t]*(\\S.*?)[ \\t]*$").matcher(text);
        while (line.find()) {
            paragraphs.add(new Span(line.start(1), line.end(1)));
        }
        BreakIterator sentenceBreaks = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        for (Span paragraph : paragraphs) {
            sentenceBreaks.setText(text.substring(paragraph.start(), paragraph.end()));
            for (int start = sentenceBreaks.first(), end = sentenceBreaks.next(); end != BreakIterator.DONE;
                    start = end, end = sentenceBreaks.next()) {
                Span sentence = trim(paragraph.start() + start, paragraph.start() + end);
                if (sentence.length() > 0) {
                    sentences.add(sentence);
                }
            }
        }
    }

    /** Up to {@code count} whole sentences and {@code count} spans of 3 to 12 words inside sentences. */
    List<Span> clips(int count) {
        List<Span> candidates = new ArrayList<>(sentences.stream()
                .filter(s -> s.length() >= MIN_CLIP_LENGTH && s.length() <= MAX_SENTENCE_LENGTH)
                .filter(s -> !words(s).isEmpty()).toList());
        Collections.shuffle(candidates, random);
        List<Span> clips = new ArrayList<>(candidates.subList(0, Math.min(count, candidates.size())));
        int spans = 0;
        for (int attempt = 0; spans < count && attempt < count * 20; attempt++) {
            List<Span> words = words(sentences.get(random.nextInt(sentences.size())));
            if (words.size() < 5) {
                continue;
            }
            int length = 3 + random.nextInt(Math.min(10, words.size() - 3));
            int first = random.nextInt(words.size() - length + 1);
            Span span = new Span(words.get(first).start(), words.get(first + length - 1).end());
            if (span.length() >= MIN_CLIP_LENGTH) {
                clips.add(span);
                spans++;
            }
        }
        return clips;
    }

    Case make(EditKind kind, Span clip) {
        Edited edited = switch (kind) {
        case UNCHANGED -> new Edited(text, text, clip);
        case INSERTED_BEFORE -> replaced(clip, List.of(insertionBefore(clip)));
        case MOVED -> moved(clip);
        case WHITESPACE_AND_TYPOGRAPHY -> replaced(clip, typography());
        case EDITED_INSIDE -> random.nextBoolean() ? replaced(clip, List.of(changedWord(clip))) : typoFixed(clip);
        case REMOVED -> removed(clip);
        };
        List<Span> expected = new ArrayList<>(copiesOfItsParagraph(clip, edited.newText()));
        if (edited.newSpan() != null && !expected.contains(edited.newSpan())) {
            expected.add(edited.newSpan());
        }
        return new Case(kind, edited.oldText(), clip, edited.newText(), expected);
    }

    /** An edit's result: the clip's new range, null if its passage was removed. */
    private record Edited(String oldText, String newText, Span newSpan) {
    }

    /** The clip's place in every verbatim copy of its paragraph in {@code newText}: the same passage to a reader. */
    private List<Span> copiesOfItsParagraph(Span clip, String newText) {
        Span paragraph = paragraphOf(clip);
        String words = text.substring(paragraph.start(), paragraph.end());
        int offset = clip.start() - paragraph.start();
        List<Span> copies = new ArrayList<>();
        for (int at = newText.indexOf(words); at >= 0; at = newText.indexOf(words, at + 1)) {
            int end = at + words.length();
            boolean wholeLine = (at == 0 || newText.charAt(at - 1) == '\n')
                    && (end == newText.length() || newText.charAt(end) == '\n');
            if (wholeLine) {
                copies.add(new Span(at + offset, at + offset + clip.length()));
            }
        }
        return copies;
    }

    private Replacement insertionBefore(Span clip) {
        String inserted = INSERTED_PARAGRAPHS.get(random.nextInt(INSERTED_PARAGRAPHS.size()));
        List<Replacement> points = new ArrayList<>();
        for (Span paragraph : paragraphs) {
            if (paragraph.start() <= clip.start()) {
                points.add(new Replacement(paragraph.start(), paragraph.start(), inserted + "\n\n"));
            }
        }
        for (Span sentence : sentences) {
            if (sentence.start() <= clip.start() && sentence.start() >= paragraphOf(clip).start()) {
                points.add(new Replacement(sentence.start(), sentence.start(), inserted + " "));
            }
        }
        return points.get(random.nextInt(points.size()));
    }

    private Edited moved(Span clip) {
        Span paragraph = paragraphOf(clip);
        int index = paragraphs.indexOf(paragraph);
        List<Span> targets = new ArrayList<>(paragraphs);
        targets.removeAll(paragraphs.subList(index, Math.min(index + 2, paragraphs.size())));
        Span target = targets.get(random.nextInt(targets.size()));
        String moving = text.substring(paragraph.start(), paragraph.end());
        String withoutIt = text.substring(0, paragraph.start()) + text.substring(paragraph.end());
        int insertAt = target.start() < paragraph.start() ? target.start() : target.start() - moving.length();
        String newText = withoutIt.substring(0, insertAt) + moving + "\n\n" + withoutIt.substring(insertAt);
        int shift = insertAt - paragraph.start();
        return new Edited(text, newText, new Span(clip.start() + shift, clip.end() + shift));
    }

    /** Straight quotes become typographic ones or the reverse, dashes and ellipses too; spaces are doubled, made non-breaking or wrapped. */
    private List<Replacement> typography() {
        boolean toTypographic = text.indexOf('\u201C') < 0 && text.indexOf('\u2019') < 0;
        List<Replacement> replacements = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean openingContext = i == 0 || Character.isWhitespace(text.charAt(i - 1));
            String with = switch (c) {
            case '\'' -> toTypographic ? (openingContext ? "\u2018" : "\u2019") : null;
            case '"' -> toTypographic ? (openingContext ? "\u201C" : "\u201D") : null;
            case '\u2018', '\u2019' -> toTypographic ? null : "'";
            case '\u201C', '\u201D' -> toTypographic ? null : "\"";
            case '\u2014' -> toTypographic ? null : "--";
            case '\u2013' -> toTypographic ? null : "-";
            case '\u2026' -> toTypographic ? null : "...";
            case ' ' -> whitespaceVariant();
            default -> null;
            };
            if (with != null) {
                replacements.add(new Replacement(i, i + 1, with));
            }
        }
        return replacements;
    }

    private String whitespaceVariant() {
        int dice = random.nextInt(100);
        return dice < 5 ? "  " : dice < 7 ? "\u00A0" : dice < 9 ? "\n" : null;
    }

    private Replacement changedWord(Span clip) {
        Span word = randomWord(clip);
        String original = text.substring(word.start(), word.end());
        List<Span> all = words(new Span(0, text.length()));
        String replacement;
        do {
            Span other = all.get(random.nextInt(all.size()));
            replacement = text.substring(other.start(), other.end());
        } while (replacement.equalsIgnoreCase(original));
        return new Replacement(word.start(), word.end(), replacement);
    }

    /** The old text had a typo (two letters swapped) inside the clip; the new text is the article. */
    private Edited typoFixed(Span clip) {
        Span word = randomWord(clip);
        int at = word.start() + random.nextInt(word.length() - 1);
        if (text.charAt(at) == text.charAt(at + 1)) {
            return replaced(clip, List.of(changedWord(clip)));
        }
        String swapped = "" + text.charAt(at + 1) + text.charAt(at);
        Replacement typo = new Replacement(at, at + 2, swapped);
        String oldText = typo.applyTo(text);
        return new Edited(oldText, text, clip);
    }

    private Edited removed(Span clip) {
        Span paragraph = paragraphOf(clip);
        Span sentence = sentences.stream().filter(s -> s.start() <= clip.start() && clip.end() <= s.end()).findFirst()
                .orElse(paragraph);
        Span gone = random.nextBoolean() ? sentence : paragraph;
        int end = gone.end();
        while (end < text.length() && Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        String newText = text.substring(0, gone.start()) + text.substring(end);
        return new Edited(text, newText, null);
    }

    private Edited replaced(Span clip, List<Replacement> replacements) {
        String newText = text;
        for (int i = replacements.size() - 1; i >= 0; i--) {
            newText = replacements.get(i).applyTo(newText);
        }
        return new Edited(text, newText, new Span(newStart(clip.start(), replacements), newEnd(clip.end(), replacements)));
    }

    /** Where {@code position}, the start of a range, lands: after insertions there, before replacements starting there. */
    private static int newStart(int position, List<Replacement> replacements) {
        int shift = 0;
        for (Replacement r : replacements) {
            if (r.end() <= position) {
                shift += r.delta();
            } else if (r.start() < position) {
                return r.start() + shift;
            }
        }
        return position + shift;
    }

    /** Where {@code position}, the end of a range, lands: after replacements ending there, before insertions there. */
    private static int newEnd(int position, List<Replacement> replacements) {
        int shift = 0;
        for (Replacement r : replacements) {
            if (r.end() < position || r.end() == position && r.start() < r.end()) {
                shift += r.delta();
            } else if (r.start() < position) {
                return r.start() + shift + r.with().length();
            }
        }
        return position + shift;
    }

    private record Replacement(int start, int end, String with) {
        int delta() {
            return with.length() - (end - start);
        }

        String applyTo(String original) {
            return original.substring(0, start) + with + original.substring(end);
        }
    }

    private Span paragraphOf(Span clip) {
        return paragraphs.stream().filter(p -> p.start() <= clip.start() && clip.end() <= p.end()).findFirst()
                .orElseThrow();
    }

    private Span randomWord(Span clip) {
        List<Span> words = words(clip);
        return words.get(random.nextInt(words.size()));
    }

    private List<Span> words(Span range) {
        Matcher word = WORD.matcher(text).region(range.start(), range.end());
        List<Span> words = new ArrayList<>();
        while (word.find()) {
            words.add(new Span(word.start(), word.end()));
        }
        return words;
    }

    private Span trim(int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }
}
