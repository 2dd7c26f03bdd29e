package dossier.boards;

import java.time.Instant;
import java.util.List;

/**
 * The figures of one panel, as the editor draws them, {@code dossier board show} prints them and export writes them:
 * series of counts over time and rankings; with {@code shares}, the series are drawn as each one's share of their sum
 * per bucket (share of voice).
 */
public record PanelFigures(String title, List<Series> series, List<Ranking> rankings, boolean shares) {

    /** This panel's figures under another title. */
    public PanelFigures titled(String shown) {
        return new PanelFigures(shown, series, rankings, shares);
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
}
