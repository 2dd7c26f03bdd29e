package dossier.boards.internal;

import java.io.IOException;
import java.text.SimpleDateFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;

import dossier.boards.PanelFigures;
import dossier.boards.PanelFigures.Count;
import dossier.boards.PanelFigures.Row;
import dossier.boards.PanelFigures.Series;
import dossier.boards.PanelFigures.Table;
import dossier.boards.PanelInput;
import dossier.boards.PanelKind;
import dossier.casefile.SourceItems;
import dossier.index.QuerySyntaxException;
import dossier.model.casefile.FetchResult;
import dossier.model.casefile.Source;

/**
 * The workspace's sources: each one's items per day over the range (the items the index finds {@code via:} the source,
 * which are those {@link SourceItems} records for it, by their dates) and how its last fetch went; a point drills to
 * the source's items of that day.
 */
public final class SourcesPanel implements PanelKind {

    /** A source as the model records it, read in one go; its items' query ({@code via:}). */
    private record Facts(String id, String name, Date lastFetch, boolean ok, String message,
            String query) {
    }

    /** Any item may be a source's; the model records the fetches. */
    @Override
    public List<String> queries(PanelInput input) {
        return List.of("");
    }

    @Override
    public boolean readsModel() {
        return true;
    }

    @Override
    public PanelFigures compute(PanelInput input) throws IOException, QuerySyntaxException {
        Duration range = VolumePanel.rangeLength(input.parameter("range", "-30d"));
        Set<String> wanted = Set.copyOf(Arrays.stream(input.parameter("sources", "").split("\\R")).map(String::strip)
                .filter(s -> !s.isEmpty()).map(s -> s.toLowerCase(Locale.ROOT)).toList());
        List<Facts> sources = input.workspace().readModel(() -> {
            List<Source> all = input.workspace().model().getSources();
            return all.stream().filter(s -> wanted.isEmpty() || wanted.contains(s.getName().toLowerCase(Locale.ROOT)))
                    .map(s -> facts(s, all)).toList();
        });
        SourceItems items = input.workspace().service(SourceItems.class);
        Instant to = input.now();
        Instant from = to.minus(range);
        Buckets buckets = Buckets.forRange(from, to);
        SimpleDateFormat time = new SimpleDateFormat("yyyy-MM-dd HH:mm", Locale.ROOT);
        time.setTimeZone(TimeZone.getTimeZone("UTC"));
        List<Series> series = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        int failing = 0;
        int neverFetched = 0;
        for (Facts source : sources) {
            int brought = items.count(source.id());
            long[] dates = brought == 0 ? new long[0] : input.index().read(source.query(), IndexReadings::dates);
            Series counted = VolumePanel.series(new VolumePanel.Wanted(source.name(), source.query()), dates, buckets,
                    buckets.floor(from), to);
            series.add(counted);
            boolean failed = source.lastFetch() != null && !source.ok();
            failing += failed ? 1 : 0;
            neverFetched += source.lastFetch() == null ? 1 : 0;
            String outcome = source.lastFetch() == null ? "never fetched"
                    : (source.ok() ? "" : "failed: ") + (source.message() == null ? "" : source.message());
            rows.add(new Row(List.of(source.name(), String.format("%,d", brought),
                    String.format(Locale.ROOT, "%.1f", perDay(counted.total(), range)),
                    source.lastFetch() == null ? "" : time.format(source.lastFetch()), outcome), failed, null));
        }
        List<Count> counts = List.of(new Count("fetched fine", rows.size() - failing - neverFetched),
                new Count("failing", failing), new Count("never fetched", neverFetched));
        Table table = new Table("Sources", List.of("Source", "Items", "Per day", "Fetched (UTC)",
                "Outcome"), rows);
        return new PanelFigures("", series, List.of(), counts, List.of(table), false);
    }

    /** The source's facts; its query names it, or gives its id if another source has the same name. */
    private static Facts facts(Source source, List<Source> all) {
        FetchResult last = source.getLastFetch();
        boolean sameName = all.stream().anyMatch(s -> s != source && s.getName().equalsIgnoreCase(source.getName()));
        String query = "via:" + (sameName ? source.getId() : "\"" + source.getName().replace("\\", "\\\\")
                .replace("\"", "\\\"") + "\"");
        return new Facts(source.getId(), source.getName(), last == null ? null : last.getTime(),
                last != null && last.isOk(), last == null ? null : last.getMessage(), query);
    }

    private static double perDay(long items, Duration range) {
        return items / Math.max(1.0, range.toHours() / 24.0);
    }
}
