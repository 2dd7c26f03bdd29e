package dossier.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import dossier.report.CaseFileSnapshot.ClipEntry;
import dossier.report.CaseFileSnapshot.ItemEntry;
import dossier.report.CaseFileSnapshot.NoteEntry;
import dossier.report.CaseFileSnapshot.Source;

/**
 * A case file's items and clips as CSV, one row each: RFC 4180 (CRLF, quotes doubled), UTF-8 with a
 * byte-order mark so that spreadsheets read the encoding right. Tags are joined with "; ", notes with
 * blank lines.
 */
public final class CsvExport {

    public static final List<String> HEADER = List.of("kind", "id", "item_id", "title", "url", "canonical_url",
            "author", "published", "captured", "sha256", "quote", "start", "end", "anchor", "clipped", "tags",
            "notes");

    private CsvExport() {
    }

    public static void write(CaseFileSnapshot snapshot, OutputStream stream) throws IOException {
        Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new))
                .get());
        for (ItemEntry item : snapshot.items()) {
            Source source = item.source();
            csv.printRecord(row("item", source.itemId(), source, "", "", "", "", null, item.tags(), item.notes()));
        }
        for (ClipEntry clip : snapshot.clips()) {
            csv.printRecord(row("clip", clip.id(), clip.source(), clip.exact(), String.valueOf(clip.start()),
                    String.valueOf(clip.end()), clip.state(), clip.created(), clip.tags(), clip.notes()));
        }
        csv.flush();
    }

    private static List<String> row(String kind, String id, Source source, String quote, String start, String end,
            String anchor, Instant clipped, List<String> tags, List<NoteEntry> notes) {
        return List.of(kind, id, source.itemId(), text(source.title()), text(source.url()), text(source.canonicalUrl()),
                text(source.author()), time(source.published()), time(source.captured()), text(source.sha256()),
                text(quote), start, end, text(anchor), time(clipped), String.join("; ", tags),
                notes.stream().map(NoteEntry::text).collect(Collectors.joining("\n\n")));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String time(Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}
