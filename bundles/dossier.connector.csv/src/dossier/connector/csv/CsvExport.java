package dossier.connector.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

import dossier.store.Capture;
import dossier.store.PutResult;

/**
 * One CSV export read into captures, the same for {@code import-csv} and a CSV source: the file decoded (UTF-8 with or
 * without a byte order mark, else Windows-1252), its delimiter detected, its columns mapped to fields (a mapping
 * remembered for its column layout, else guessed, then the given one on top), each row with text handed on.
 */
public final class CsvExport {

    /** Where a row's capture goes (an intake batch). */
    @FunctionalInterface
    public interface Sink {
        PutResult put(Capture capture) throws IOException;
    }

    /** What reading one export did: the rows put, the rows without text, the mapping used. */
    public record Read(int put, int newItems, int skipped, Map<String, String> mapping) {
    }

    private CsvExport() {
    }

    /** Why a mapping names something that is not a field (e.g. {@code --map colour=X}), or null. */
    public static String unknownField(Map<String, String> mapping) {
        for (String field : mapping.keySet()) {
            if (java.util.Arrays.stream(CsvMentions.Field.values()).noneMatch(f -> f.key().equals(field))) {
                return field + ": not a field; fields are " + java.util.Arrays.stream(CsvMentions.Field.values())
                        .map(CsvMentions.Field::key).collect(Collectors.joining(", "));
            }
        }
        return null;
    }

    /**
     * Reads an export: {@code remembered} (by column layout) gives and keeps the mapping, {@code given} overrides it;
     * {@code note} hears the mapping used and a charset fallback. A row that cannot be read stops the reading with an
     * IOException saying how many rows before it were put.
     */
    public static Read read(Path file, Map<String, Map<String, String>> remembered, Map<String, String> given,
            Consumer<String> note, Sink sink) throws IOException {
        String content = decode(Files.readAllBytes(file), () -> note.accept(file + ": not valid UTF-8; read as Windows-1252"));
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(content)).setHeader()
                .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL).get();
        int put = 0;
        int newItems = 0;
        int skipped = 0;
        try (Reader reader = new StringReader(content); CSVParser parser = format.parse(reader)) {
            List<String> headers = parser.getHeaderNames();
            String layout = CsvMentions.layout(headers);
            Map<String, String> mapping = new LinkedHashMap<>(remembered.getOrDefault(layout, CsvMentions.guess(headers)));
            mapping.putAll(given);
            for (Map.Entry<String, String> entry : mapping.entrySet()) {
                if (!headers.contains(entry.getValue())) {
                    throw new IOException("there is no column '" + entry.getValue() + "' for " + entry.getKey()
                            + "; the columns are: " + String.join(", ", headers));
                }
            }
            if (!mapping.containsKey(CsvMentions.Field.TEXT.key())) {
                throw new IOException("no column looks like the mention's text; name it with --map text=COLUMN"
                        + " (the columns are: " + String.join(", ", headers) + ")");
            }
            remembered.put(layout, mapping);
            note.accept(file.getFileName() + ": " + mapping.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")));
            for (CSVRecord record : parser) {
                Capture capture = CsvMentions.capture(row(headers, record), mapping);
                if (capture == null) {
                    skipped++;
                } else {
                    PutResult result = sink.put(capture);
                    put++;
                    newItems += result.outcome() == PutResult.Outcome.NEW ? 1 : 0;
                }
            }
            return new Read(put, newItems, skipped, mapping);
        } catch (UncheckedIOException e) {
            throw new IOException("cannot read past row " + (put + skipped + 1) + " (" + e.getCause().getMessage()
                    + "); the " + put + " rows before it were imported", e);
        }
    }

    private static Map<String, String> row(List<String> headers, CSVRecord record) {
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < headers.size() && i < record.size(); i++) {
            row.putIfAbsent(headers.get(i), record.get(i));
        }
        return row;
    }

    private static String decode(byte[] bytes, Runnable notValidUtf8) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            notValidUtf8.run();
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    /** The delimiter that splits the header line into the most columns. */
    static char delimiter(String content) {
        int end = content.indexOf('\n');
        String header = end < 0 ? content : content.substring(0, end);
        char best = ',';
        long most = 0;
        for (char candidate : new char[] { ',', ';', '\t', '|' }) {
            long count = header.chars().filter(c -> c == candidate).count();
            if (count > most) {
                most = count;
                best = candidate;
            }
        }
        return best;
    }
}
