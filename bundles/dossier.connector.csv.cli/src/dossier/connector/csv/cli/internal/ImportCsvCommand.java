package dossier.connector.csv.cli.internal;

import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;

import dossier.casefile.Intake;
import dossier.casefile.ResearchWorkspace;
import dossier.casefile.cli.WorkspaceCommand;
import dossier.cli.CommandContext;
import dossier.connector.csv.CsvExport;
import dossier.cli.CommandFailure;
import dossier.store.AtomicFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(description = { "Import mentions from CSV exports of social-listening tools (Brandwatch, Talkwalker,"
        + " Meltwater and the like).",
        "Columns are recognised by their usual names; --map FIELD=COLUMN names the others (fields: text, url, author,"
                + " handle, followers, published, language, title, replies, reshares, likes, quotes). The mapping used is remembered for that column"
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
    protected boolean changesThroughIntake() {
        return true;
    }

    @Override
    protected int run(CommandContext context, ResearchWorkspace workspace) throws Exception {
        String unknown = CsvExport.unknownField(map);
        if (unknown != null) {
            throw new CommandFailure("--map " + unknown);
        }
        Path mappingsFile = workspace.folder().resolve(MAPPINGS_FILE);
        Map<String, Map<String, String>> remembered = readMappings(mappingsFile);
        Intake.Batch batch = workspace.intake().batch(Intake.Filing.into(caseName, tags));
        int failed = 0;
        try {
            for (Path file : files) {
                try {
                    CsvExport.Read read = CsvExport.read(file, remembered, map,
                            note -> context.err().println("dossier import-csv: " + note), batch::put);
                    context.out().printf("%s: %d mentions, %d new, %d already stored, %d rows without text skipped%n",
                            file.getFileName(), read.put(), read.newItems(), read.put() - read.newItems(),
                            read.skipped());
                } catch (IOException | IllegalStateException | IllegalArgumentException e) {
                    failed++;
                    context.err().println("dossier import-csv: " + file + ": " + e.getMessage());
                }
            }
        } finally {
            workspace.intake().file(batch, modelThread());
        }
        Files.createDirectories(mappingsFile.getParent());
        AtomicFile.write(mappingsFile, GSON.toJson(remembered, MAPPINGS).getBytes(StandardCharsets.UTF_8));
        return failed == 0 ? 0 : 1;
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
