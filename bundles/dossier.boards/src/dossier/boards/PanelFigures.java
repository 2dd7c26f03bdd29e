package dossier.boards;

import java.time.Instant;
import java.util.List;

/**
 * The figures of one panel, as the editor draws them, {@code dossier board show} prints them and export writes them:
 * series of counts over time, rankings, named counts (an in-tray's open and new) and tables (its entries, each
 * source's last fetch); with {@code shares}, the series are drawn as each one's share of their sum per bucket (share
 * of voice).
 */
public record PanelFigures(String title, List<Series> series, List<Ranking> rankings, List<Count> counts,
        List<Table> tables, boolean shares) {

    /** Series and rankings only. */
    public PanelFigures(String title, List<Series> series, List<Ranking> rankings, boolean shares) {
        this(title, series, rankings, List.of(), List.of(), shares);
    }

    /** This panel's figures under another title. */
    public PanelFigures titled(String shown) {
        return new PanelFigures(shown, series, rankings, counts, tables, shares);
    }

    /** The counts as one line: "5 open, 2 new, 1 done". */
    public String countsLine() {
        return String.join(", ", counts.stream().map(c -> String.format("%,d %s", c.value(), c.name())).toList());
    }

    /** The share (0 to 100) of series {@code s} at point {@code i} in the sum of every series there; 0 if none. */
    public double share(int s, int i) {
        long sum = series.stream().mapToLong(other -> other.points().get(i).count()).sum();
        return sum == 0 ? 0 : 100.0 * series.get(s).points().get(i).count() / sum;
    }

    /** Counts of the items a query finds per time bucket ({@code hour}, {@code day} or {@code week}). */
    public record Series(String name, String query, String bucket, List<Point> points) {

        public long total() {
            return points.stream().mapToLong(Point::count).sum();
        }
    }

    /**
     * One bucket, from {@code start} (inclusive) to {@code end} (exclusive); {@code spike} if well above its
     * trailing average (see {@code Spikes}); {@code drillQuery} finds its items.
     */
    public record Point(Instant start, Instant end, long count, boolean spike, String drillQuery) {
    }

    /** Accounts in order, best first. */
    public record Ranking(String name, String unit, List<Entry> entries) {
    }

    /** An account, its figure, and the query that finds its items. */
    public record Entry(String account, double value, String drillQuery) {

        /** The figure as shown: a whole number with thousands separators, else two decimals below 10, one above. */
        public String shownValue() {
            if (value == Math.rint(value)) {
                return String.format("%,d", (long) value);
            }
            return String.format(Math.abs(value) < 10 ? "%.2f" : "%,.1f", value);
        }
    }

    /** A named count: "open", 5. */
    public record Count(String name, long value) {
    }

    /** Rows under named columns, in order. */
    public record Table(String name, List<String> columns, List<Row> rows) {
    }

    /** A row's cells (one per column); {@code marked}: shown in bold (new, failed); {@code drillQuery} or null. */
    public record Row(List<String> cells, boolean marked, String drillQuery) {
    }
}
