package dossier.connector.csv.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import dossier.connector.Connector;
import dossier.connector.ConnectorException;
import dossier.connector.FetchContext;
import dossier.connector.SourceSpec;
import dossier.connector.csv.CsvExport;

/**
 * A CSV export of a social-listening tool as a source: read again at each refresh (a tool that overwrites its export
 * file brings the new mentions), its columns guessed or named by the {@code map} parameter
 * ({@code text=Full Text, author=Author}).
 */
public final class CsvConnector implements Connector {

    @Override
    public void fetch(SourceSpec source, FetchContext context) throws ConnectorException {
        Path file = Path.of(source.required("path"));
        if (!Files.isRegularFile(file)) {
            throw new ConnectorException("source '" + source.name() + "': " + file + " is not a file");
        }
        Map<String, String> given = mapping(source);
        String unknown = CsvExport.unknownField(given);
        if (unknown != null) {
            throw new ConnectorException("source '" + source.name() + "': map " + unknown);
        }
        try {
            CsvExport.read(file, new HashMap<>(), given, note -> {
            }, context::capture);
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new ConnectorException("source '" + source.name() + "': " + e.getMessage(), e);
        }
    }

    /** The {@code map} parameter, {@code FIELD=COLUMN} pairs separated by commas. */
    private static Map<String, String> mapping(SourceSpec source) throws ConnectorException {
        Map<String, String> mapping = new LinkedHashMap<>();
        for (String pair : source.optional("map", "").split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw new ConnectorException("source '" + source.name() + "': map wants FIELD=COLUMN pairs separated"
                        + " by commas, not '" + pair.strip() + "'");
            }
            mapping.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
        }
        return mapping;
    }
}
