package dossier.connector.files.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.OperationCanceledException;

import dossier.connector.Connector;
import dossier.connector.ConnectorException;
import dossier.connector.FetchContext;
import dossier.connector.SourceSpec;
import dossier.casefile.LocalFiles;

/**
 * Local files as a source: a file, or every importable file of a folder, read by {@link LocalFiles} at each refresh; an
 * unchanged file stays one item, a changed one is a new capture of it. A file that cannot be read is a warning.
 */
public final class LocalFilesConnector implements Connector {

    @Override
    public void fetch(SourceSpec source, FetchContext context) throws ConnectorException {
        Path path = Path.of(source.required("path"));
        List<String> skipped = new ArrayList<>();
        List<Path> files;
        try {
            files = LocalFiles.expand(List.of(path), skipped);
        } catch (IOException e) {
            throw new ConnectorException("source '" + source.name() + "': cannot list " + path + ": " + e.getMessage(), e);
        }
        if (files.isEmpty() && !skipped.isEmpty()) {
            throw new ConnectorException(skipped.get(0));
        }
        skipped.forEach(context::warn);
        for (Path file : files) {
            if (context.monitor().isCanceled()) {
                throw new OperationCanceledException();
            }
            context.monitor().subTask(file.getFileName().toString());
            LocalFiles.Read read;
            try {
                read = LocalFiles.read(file);
            } catch (IOException | RuntimeException e) {
                context.warn(file + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
                continue;
            }
            if (read.warning() != null) {
                context.warn(file + ": " + read.warning());
            }
            try {
                context.capture(read.capture());
            } catch (IOException e) {
                throw new ConnectorException("source '" + source.name() + "': cannot store " + file + ": "
                        + e.getMessage(), e);
            }
        }
    }
}
