package dossier.workspace;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Version;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.resource.Resource;

import dossier.casefile.ResearchWorkspace;
import dossier.core.product.ProductInfo;
import dossier.index.SearchIndex;
import dossier.model.ModelResources;
import dossier.store.AtomicFile;

/**
 * Writes a workspace as a {@code .dossier} archive: a zip of {@code model/} (workspace.xmi: codebooks, saved
 * searches, sources; casefiles/*.xmi), {@code store/} (the captures' segment files, as of a flush) and optionally
 * {@code index/} (the files of the last Lucene commit), with {@code manifest.json} last. Reading is
 * {@link WorkspaceImport}.
 */
public final class WorkspaceArchive {

    public static final String EXTENSION = "dossier";
    static final String STORE_LOCK = "store.lock";
    static final String STORE_SNAPSHOT = "index.snapshot";

    private WorkspaceArchive() {
    }

    /** A file to archive: its path in the archive, where it is, and how many of its bytes belong to the archive. */
    private record Source(String name, Path file, long length) {
    }

    /** The model files (path in the archive to XMI bytes) as they are in memory at one moment. */
    public record ModelSnapshot(Map<String, byte[]> files) {
    }

    /**
     * Serializes the workspace's model files as they are now, unsaved changes included; call it on the thread that
     * changes the model (the UI thread in the workbench). Whether a file still needs saving is left as it was.
     */
    public static ModelSnapshot snapshotModel(ResearchWorkspace workspace) throws IOException {
        Path folder = workspace.folder();
        Map<String, byte[]> files = new TreeMap<>();
        for (Resource resource : workspace.editingDomain().getResourceSet().getResources()) {
            if (resource.getContents().isEmpty() || !resource.getURI().isFile()) {
                continue;
            }
            String name = folder.relativize(Path.of(resource.getURI().toFileString())).toString().replace('\\', '/');
            if (name.startsWith(ResearchWorkspace.MODEL_FOLDER + "/")) {
                boolean modified = resource.isModified();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                resource.save(out, ModelResources.saveOptions());
                resource.setModified(modified);
                files.put(name, out.toByteArray());
            }
        }
        return new ModelSnapshot(files);
    }

    /** Exports a workspace from the thread that changes its model (the command line): see the other export. */
    public static ArchiveManifest export(ResearchWorkspace workspace, Path archive, boolean withIndex,
            boolean template, IProgressMonitor monitor) throws IOException {
        return export(workspace, snapshotModel(workspace), archive, withIndex, template, monitor);
    }

    /**
     * Exports a workspace with a snapshot of its model (taken on the model's thread); this may run in a job. The
     * captures are archived as of a flush of the store, after the snapshot, so every item the model names is there;
     * captures added during the export are left out, never cut in half.
     */
    public static ArchiveManifest export(ResearchWorkspace workspace, ModelSnapshot model, Path archive,
            boolean withIndex, boolean template, IProgressMonitor monitor) throws IOException {
        SubMonitor progress = SubMonitor.convert(monitor, "Exporting " + workspace.folder().getFileName(), 100);
        workspace.store().flush();
        List<Source> sources = new ArrayList<>();
        Path folder = workspace.folder();
        for (Path file : list(folder.resolve(ResearchWorkspace.STORE_FOLDER), "*")) {
            String name = file.getFileName().toString();
            if (Files.isRegularFile(file) && !name.equals(STORE_LOCK) && !name.equals(STORE_SNAPSHOT)) {
                addFile(sources, folder, file);
            }
        }
        String indexVersion = null;
        Path staging = null;
        try {
            if (withIndex) {
                SearchIndex index = SearchIndex.of(workspace);
                index.commit();
                indexVersion = index.status().version();
                staging = Files.createTempDirectory(folder, ".export-index-");
                for (String name : stageLatestCommit(folder.resolve(SearchIndex.FOLDER), staging)) {
                    sources.add(new Source(SearchIndex.FOLDER + "/" + name, staging.resolve(name),
                            Files.size(staging.resolve(name))));
                }
            }
            return write(archive, model, sources, indexVersion, template, progress);
        } finally {
            if (staging != null) {
                for (Path file : list(staging, "*")) {
                    Files.delete(file);
                }
                Files.delete(staging);
            }
        }
    }

    /**
     * Hard-links (or, where links are not supported, copies) the files of the index's latest commit into
     * {@code staging}. Lucene files never change once written, but the open index may commit again and delete them:
     * a commit whose files vanish while they are staged is given up for the next one.
     */
    private static List<String> stageLatestCommit(Path indexFolder, Path staging) throws IOException {
        for (int attempt = 1;; attempt++) {
            try (FSDirectory directory = FSDirectory.open(indexFolder)) {
                if (!DirectoryReader.indexExists(directory)) {
                    return List.of();
                }
                List<String> names = List.copyOf(SegmentInfos.readLatestCommit(directory).files(true));
                for (String name : names) {
                    Path target = staging.resolve(name);
                    Files.deleteIfExists(target);
                    try {
                        Files.createLink(target, indexFolder.resolve(name));
                    } catch (NoSuchFileException e) {
                        throw e;
                    } catch (UnsupportedOperationException | FileSystemException e) {
                        Files.copy(indexFolder.resolve(name), target);
                    }
                }
                return names;
            } catch (NoSuchFileException e) {
                if (attempt == 5) {
                    throw new IOException("the search index kept changing while it was exported; try again or export"
                            + " without the index", e);
                }
            }
        }
    }

    private static ArchiveManifest write(Path archive, ModelSnapshot model, List<Source> sources, String indexVersion,
            boolean template, SubMonitor progress) throws IOException {
        progress.worked(5);
        long total = Math.max(1, sources.stream().mapToLong(Source::length).sum());
        List<ArchiveManifest.Entry> entries = new ArrayList<>();
        String luceneVersion = Version.LATEST.toString();
        ArchiveManifest[] written = new ArchiveManifest[1];
        Files.createDirectories(archive.toAbsolutePath().getParent());
        AtomicFile.write(archive, out -> {
            ZipOutputStream zip = new ZipOutputStream(out);
            SubMonitor copying = progress.split(95).setWorkRemaining((int) Math.min(Integer.MAX_VALUE, total / 4096 + 1));
            for (Map.Entry<String, byte[]> file : model.files().entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
                entries.add(new ArchiveManifest.Entry(file.getKey(), file.getValue().length,
                        HexFormat.of().formatHex(sha256().digest(file.getValue()))));
            }
            for (Source source : sources) {
                if (copying.isCanceled()) {
                    throw new OperationCanceledException();
                }
                copying.subTask(source.name());
                zip.putNextEntry(new ZipEntry(source.name()));
                String sha256 = copy(source, zip);
                zip.closeEntry();
                entries.add(new ArchiveManifest.Entry(source.name(), source.length(), sha256));
                copying.worked((int) Math.min(Integer.MAX_VALUE, source.length() / 4096));
            }
            written[0] = new ArchiveManifest(ArchiveManifest.FORMAT, ProductInfo.version(), luceneVersion, indexVersion,
                    template, Instant.now().toString(), List.copyOf(entries));
            zip.putNextEntry(new ZipEntry(ArchiveManifest.NAME));
            zip.write(written[0].toJson());
            zip.closeEntry();
            zip.finish();
        });
        return written[0];
    }

    private static void addFile(List<Source> sources, Path folder, Path file) throws IOException {
        if (Files.isRegularFile(file)) {
            sources.add(new Source(folder.relativize(file).toString().replace('\\', '/'), file, Files.size(file)));
        }
    }

    private static List<Path> list(Path folder, String glob) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, glob)) {
            stream.forEach(files::add);
        }
        files.sort(null);
        return files;
    }

    /** Copies the source's first {@code length} bytes, returning their SHA-256. */
    private static String copy(Source source, OutputStream out) throws IOException {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[64 * 1024];
        long left = source.length();
        try (InputStream in = Files.newInputStream(source.file())) {
            while (left > 0) {
                int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (read < 0) {
                    throw new IOException(source.file() + " became shorter while it was archived");
                }
                digest.update(buffer, 0, read);
                out.write(buffer, 0, read);
                left -= read;
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Java without SHA-256", e);
        }
    }
}
