package dossier.boards;

import java.time.Instant;
import java.util.List;

/**
 * The figures of one panel, as the editor draws them, {@code dossier board show} prints them and export writes them:
 * series of counts over time and rankings.
 */
public record PanelFigures(String title, List<Series> series, List<Ranking> rankings) {

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
    }
}
