package dossier.boards.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dossier.boards.PanelFigures;
import dossier.boards.PanelFigures.Point;
import dossier.boards.PanelFigures.Series;
import dossier.boards.PanelInput;
import dossier.boards.PanelKind;
import dossier.index.QuerySyntaxException;
import dossier.index.SavedSearches;
import dossier.model.casefile.SavedSearch;

/**
 * Volume over time: per series (a saved search, or {@code LABEL = QUERY}) the items per hour, day or week, with
 * spikes marked (see {@link Spikes}).
 */
public final class VolumePanel implements PanelKind {

    private static final Pattern RANGE = Pattern.compile("-(\\d+)([hdwy])");
    private static final int MAX_BUCKETS = 5000;

    /** A series to count: its label and query (null: one the query language cannot name). */
    record Wanted(String label, String query) {
    }

    @Override
    public List<String> queries(PanelInput input) {
        return series(input).stream().map(Wanted::query).toList();
    }

    @Override
    public PanelFigures compute(PanelInput input) throws IOException, QuerySyntaxException {
        List<Wanted> wanted = series(input);
        List<long[]> dates = new ArrayList<>();
        for (Wanted w : wanted) {
            dates.add(input.index().read(w.query(), IndexReadings::dates));
        }
        String range = input.parameter("range", null);
        Instant to = input.now();
        Instant from;
        if (range != null) {
            from = to.minus(rangeLength(range));
        } else {
            long first = Long.MAX_VALUE;
            long last = Long.MIN_VALUE;
            for (long[] d : dates) {
                for (long date : d) {
                    first = Math.min(first, date);
                    last = Math.max(last, date);
                }
            }
            if (first == Long.MAX_VALUE) {
                return new PanelFigures("", wanted.stream().map(w -> new Series(w.label(), w.query(), "day",
                        List.<Point>of())).toList(), List.of(), false);
            }
            from = Instant.ofEpochMilli(first);
            to = Instant.ofEpochMilli(last);
        }
        String bucketName = input.parameter("bucket", null);
        Buckets buckets = bucketName != null ? Buckets.named(bucketName) : Buckets.forRange(from, to);
        while (buckets != Buckets.WEEK && java.time.Duration.between(from, to).dividedBy(buckets.length) > MAX_BUCKETS) {
            buckets = Buckets.values()[buckets.ordinal() + 1];
        }
        List<Series> series = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            series.add(series(wanted.get(i), dates.get(i), buckets, buckets.floor(from), to));
        }
        return new PanelFigures("", series, List.of(), false);
    }

    /**
     * The series of dates (in any order) counted per bucket from {@code first} to {@code to}; points drill to the
     * wanted query within the bucket, or nowhere if its query is null.
     */
    static Series series(Wanted wanted, long[] dates, Buckets buckets, Instant first, Instant to) {
        List<Instant> starts = new ArrayList<>();
        for (Instant t = first; !t.isAfter(to); t = t.plus(buckets.length)) {
            starts.add(t);
        }
        long[] counts = new long[starts.size()];
        long firstMillis = first.toEpochMilli();
        long bucketMillis = buckets.length.toMillis();
        for (long date : dates) {
            long at = Math.floorDiv(date - firstMillis, bucketMillis);
            if (at >= 0 && at < counts.length) {
                counts[(int) at]++;
            }
        }
        boolean[] spikes = Spikes.of(counts);
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            Instant start = starts.get(i);
            Instant end = end(starts, i, buckets);
            String within = "published:[" + start + " TO " + end + "}";
            String drill = wanted.query() == null ? null
                    : wanted.query().isBlank() ? within : "(" + wanted.query() + ") AND " + within;
            points.add(new Point(start, end, counts[i], spikes[i], drill));
        }
        return new Series(wanted.label(), wanted.query(), buckets.label(), points);
    }

    private static Instant end(List<Instant> starts, int i, Buckets buckets) {
        return i + 1 < starts.size() ? starts.get(i + 1) : starts.get(i).plus(buckets.length);
    }

    static java.time.Duration rangeLength(String range) {
        Matcher m = RANGE.matcher(range);
        if (!m.matches()) {
            throw new IllegalArgumentException("range is like -24h, -7d, -4w or -1y, not '" + range + "'");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
        case "h" -> java.time.Duration.ofHours(n);
        case "d" -> java.time.Duration.ofDays(n);
        case "w" -> java.time.Duration.ofDays(7 * n);
        default -> java.time.Duration.ofDays(365 * n);
        };
    }

    /** The series parameter: one per line, a saved search's name or {@code LABEL = QUERY}; none: every item. */
    static List<Wanted> series(PanelInput input) {
        String parameter = input.parameter("series", "");
        List<Wanted> wanted = new ArrayList<>();
        SavedSearches saved = SavedSearches.of(input.workspace());
        for (String line : parameter.split("\\R")) {
            String entry = line.strip();
            if (entry.isEmpty()) {
                continue;
            }
            int equals = entry.indexOf('=');
            java.util.Optional<SavedSearch> named = saved.named(entry);
            if (named.isPresent()) {
                wanted.add(new Wanted(named.get().getName(), named.get().getQuery()));
            } else if (equals > 0 && !entry.substring(0, equals).contains(":")) {
                wanted.add(new Wanted(entry.substring(0, equals).strip(), entry.substring(equals + 1).strip()));
            } else {
                wanted.add(new Wanted(entry, entry));
            }
        }
        if (wanted.isEmpty()) {
            wanted.add(new Wanted("All items", ""));
        }
        return wanted;
    }
}
