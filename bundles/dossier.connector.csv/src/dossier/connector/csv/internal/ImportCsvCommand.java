package dossier.connector.csv.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.cli.WorkspaceCommand;
import dossier.cli.CommandContext;
import dossier.cli.CommandFailure;
import dossier.model.casefile.CaseFile;
import dossier.store.AtomicFile;
import dossier.store.Capture;
import dossier.store.PutResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(description = { "Import mentions from CSV exports of social-listening tools (Brandwatch, Talkwalker,"
        + " Meltwater and the like).",
        "Columns are recognised by their usual names; --map FIELD=COLUMN names the others (fields: text, url, author,"
                + " handle, followers, published, language, title). The mapping used is remembered for that column"
                + " layout, so the next export of the same tool needs no --map. Delimiter (comma, semicolon, tab)"
                + " and a UTF-8 byte order mark are detected; a file that is not UTF-8 is read as Windows-1252." })
public final class ImportCsvCommand extends WorkspaceCommand {

    static final String MAPPINGS_FILE = "connectors/csv-mappings.json";
    private static final Gson GSON = new Gson();
    private static final Type MAPPINGS = new TypeToken<Map<String, Map<String, String>>>() {
    }.getType();

    @Parameters(arity = "1..*", paramLabel = "FILE")
    private List<Path> files;

    @Option(names = "--case", paramLabel = "NAME", description = "Case file for the mentions (default: the Inbox)")
    private String caseName;

    @Option(names = "--tag", paramLabel = "TAG", description = "Tag for every mention; repeatable")
    private List<String> tags = new ArrayList<>();

    @Option(names = "--map", paramLabel = "FIELD=COLUMN", description = "Which column holds a field; repeatable")
    private Map<String, String> map = new LinkedHashMap<>();

    @Override
    protected int run(CommandContext context, ResearchWorkspace workspace) throws Exception {
        for (String field : map.keySet()) {
            if (java.util.Arrays.stream(CsvMentions.Field.values()).noneMatch(f -> f.key().equals(field))) {
                throw new CommandFailure("--map " + field + ": not a field; fields are text, url, author, handle,"
                        + " followers, published, language, title");
            }
        }
        Path mappingsFile = workspace.folder().resolve(MAPPINGS_FILE);
        Map<String, Map<String, String>> remembered = readMappings(mappingsFile);
        CaseFile caseFile = caseName == null ? null : workspace.caseFileNamed(caseName);
        int failed = 0;
        for (Path file : files) {
            try {
                importFile(context, workspace, file, remembered, caseFile);
            } catch (IOException | CommandFailure | IllegalStateException | IllegalArgumentException e) {
                failed++;
                context.err().println("dossier import-csv: " + file + ": " + e.getMessage());
            }
        }
        Files.createDirectories(mappingsFile.getParent());
        AtomicFile.write(mappingsFile, GSON.toJson(remembered, MAPPINGS).getBytes(StandardCharsets.UTF_8));
        return failed == 0 ? 0 : 1;
    }

    private void importFile(CommandContext context, ResearchWorkspace workspace, Path file,
            Map<String, Map<String, String>> remembered, CaseFile caseFile) throws IOException, CommandFailure {
        String content = decode(Files.readAllBytes(file), context, file);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(content)).setHeader()
                .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(true)
                .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.ALLOW_ALL).get();
        List<PutResult> results = new ArrayList<>();
        int skipped = 0;
        try (Reader reader = new StringReader(content); CSVParser parser = format.parse(reader)) {
            List<String> headers = parser.getHeaderNames();
            String layout = CsvMentions.layout(headers);
            Map<String, String> mapping = new LinkedHashMap<>(remembered.getOrDefault(layout, CsvMentions.guess(headers)));
            mapping.putAll(map);
            for (Map.Entry<String, String> entry : mapping.entrySet()) {
                if (!headers.contains(entry.getValue())) {
                    throw new CommandFailure("there is no column '" + entry.getValue() + "' for " + entry.getKey()
                            + "; the columns are: " + String.join(", ", headers));
                }
            }
            if (!mapping.containsKey(CsvMentions.Field.TEXT.key())) {
                throw new CommandFailure("no column looks like the mention's text; name it with --map text=COLUMN"
                        + " (the columns are: " + String.join(", ", headers) + ")");
            }
            remembered.put(layout, mapping);
            context.err().println("dossier import-csv: " + file.getFileName() + ": " + mapping.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")));
            for (CSVRecord record : parser) {
                Capture capture = CsvMentions.capture(row(headers, record), mapping);
                if (capture == null) {
                    skipped++;
                } else {
                    results.add(workspace.store().put(capture));
                }
            }
        } catch (java.io.UncheckedIOException e) {
            workspace.file(results, caseFile, tags);
            throw new IOException("cannot read past row " + (results.size() + skipped + 1) + " (" + e.getCause().getMessage()
                    + "); the " + results.size() + " rows before it were imported", e);
        }
        workspace.file(results, caseFile, tags);
        long fresh = results.stream().filter(r -> r.outcome() == PutResult.Outcome.NEW).count();
        context.out().printf("%s: %d mentions, %d new, %d already stored, %d rows without text skipped%n",
                file.getFileName(), results.size(), fresh, results.size() - fresh, skipped);
    }

    private static Map<String, String> row(List<String> headers, CSVRecord record) {
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < headers.size() && i < record.size(); i++) {
            row.putIfAbsent(headers.get(i), record.get(i));
        }
        return row;
    }

    private static String decode(byte[] bytes, CommandContext context, Path file) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            context.err().println("dossier import-csv: " + file + ": not valid UTF-8; read as Windows-1252");
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

    private static Map<String, Map<String, String>> readMappings(Path file) {
        if (!Files.exists(file)) {
            return new LinkedHashMap<>();
        }
        try {
            Map<String, Map<String, String>> read = GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), MAPPINGS);
            return read == null ? new LinkedHashMap<>() : new LinkedHashMap<>(read);
        } catch (IOException | JsonParseException e) {
            return new LinkedHashMap<>();
        }
    }
}
