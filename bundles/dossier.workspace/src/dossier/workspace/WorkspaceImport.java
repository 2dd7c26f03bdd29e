package dossier.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.apache.lucene.util.Version;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.TrainerMaterial;
import dossier.index.SearchIndex;
import dossier.workspace.internal.ZipDirectory;

/**
 * Imports a {@code .dossier} archive into a folder that holds no workspace yet. Every entry is checked before
 * anything reaches the folder: its name (no {@code ..}, no absolute path, no backslash, only {@code model/},
 * {@code store/}, {@code index/} and the manifest), no symbolic link, no duplicate, its size against the manifest
 * and the limits (also the total, against zip bombs), and its SHA-256 against the manifest. Entries are written
 * into a hidden temporary folder inside the target and moved into place only when all checks pass; a refusal
 * leaves the target as it was. The search index is rebuilt when the archive has none, or one of another Lucene or
 * index version.
 */
public final class WorkspaceImport {

    /** What an import did. */
    public record Report(ArchiveManifest manifest, int items, int caseFiles, String index) {
    }

    private static final List<String> TOP_FOLDERS = List.of(ResearchWorkspace.MODEL_FOLDER,
            ResearchWorkspace.STORE_FOLDER, SearchIndex.FOLDER);
    private static final String TEMP_PREFIX = ".dossier-import-";

    private final Path archive;
    private final Path target;
    private final ArchiveLimits limits;

    public WorkspaceImport(Path archive, Path target, ArchiveLimits limits) {
        this.archive = archive;
        this.target = target.toAbsolutePath().normalize();
        this.limits = limits;
    }

    /** Reads and checks the archive's names and manifest without writing anything. */
    public ArchiveManifest manifest() throws IOException, ArchiveException {
        checkNames(ZipDirectory.read(archive));
        try (ZipFile zip = open()) {
            return readManifest(zip);
        }
    }

    /**
     * Imports the archive. With {@code training}, the trainer's model files become read-only in the new
     * workspace ({@link TrainerMaterial}); with {@code requireTemplate}, an archive not marked as a template is
     * refused.
     */
    public Report run(boolean training, boolean requireTemplate, IProgressMonitor monitor)
            throws IOException, ArchiveException {
        SubMonitor progress = SubMonitor.convert(monitor, "Importing " + archive.getFileName(), 100);
        checkTarget(target);
        checkNames(ZipDirectory.read(archive));
        boolean created = !Files.exists(target);
        Path temp = null;
        ArchiveManifest manifest;
        try (ZipFile zip = open()) {
            manifest = readManifest(zip);
            if (requireTemplate && !manifest.template()) {
                throw new ArchiveException(archive.getFileName() + " is not marked as a template; import it with"
                        + " 'dossier workspace import'");
            }
            Files.createDirectories(target);
            temp = target.resolve(TEMP_PREFIX + Long.toHexString(ThreadLocalRandom.current().nextLong()));
            Files.createDirectory(temp);
            extract(zip, manifest, temp, progress.split(80));
            moveIntoPlace(temp);
        } catch (IOException | ArchiveException | RuntimeException e) {
            if (temp != null) {
                deleteTree(temp);
            }
            if (created) {
                deleteTree(target);
            }
            throw e;
        } finally {
            if (temp != null && Files.exists(temp)) {
                deleteTree(temp);
            }
        }
        if (training) {
            TrainerMaterial.write(target, manifest.entries().stream().map(ArchiveManifest.Entry::name)
                    .filter(name -> name.startsWith(ResearchWorkspace.MODEL_FOLDER + "/")).toList());
        }
        progress.setTaskName("Indexing " + target.getFileName());
        try (ResearchWorkspace workspace = ResearchWorkspace.open(target)) {
            SearchIndex index = SearchIndex.of(workspace);
            String note = index.openProblem() == null ? "index imported" : "index rebuilt (" + index.openProblem() + ")";
            progress.worked(20);
            return new Report(manifest, workspace.store().size(), workspace.caseFiles().size(), note);
        }
    }

    /** The target may exist (e.g. with Eclipse's .metadata) but must hold no workspace. */
    public static void checkTarget(Path target) throws ArchiveException {
        for (String folder : TOP_FOLDERS) {
            if (Files.exists(target.resolve(folder))) {
                throw new ArchiveException(target + " already holds a workspace (it has " + folder
                        + "/); choose a new folder");
            }
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new ArchiveException(target + " is a file, not a folder");
        }
    }

    private ZipFile open() throws ArchiveException, IOException {
        try {
            return new ZipFile(archive.toFile());
        } catch (ZipException e) {
            throw new ArchiveException(archive.getFileName() + " is not a readable zip archive (" + e.getMessage() + ")");
        }
    }

    private void checkNames(List<ZipDirectory.Entry> entries) throws ArchiveException {
        if (entries.size() > limits.maxEntries()) {
            throw new ArchiveException(archive.getFileName() + " has " + entries.size() + " entries, more than the "
                    + limits.maxEntries() + " allowed");
        }
        Set<String> seen = new HashSet<>();
        for (ZipDirectory.Entry entry : entries) {
            String name = entry.name();
            checkName(name);
            if (entry.symlink()) {
                throw refused(name, "is a symbolic link");
            }
            if (!seen.add(name)) {
                throw refused(name, "occurs twice in the archive");
            }
        }
        if (!seen.contains(ArchiveManifest.NAME)) {
            throw new ArchiveException(archive.getFileName() + " has no " + ArchiveManifest.NAME
                    + ": it is not a Dossier workspace archive");
        }
    }

    private static void checkName(String name) throws ArchiveException {
        if (name.isEmpty() || name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw refused(name, "has an empty name or control characters");
        }
        if (name.indexOf('\\') >= 0) {
            throw refused(name, "has a backslash in its path");
        }
        if (name.startsWith("/") || name.matches("^[A-Za-z]:.*")) {
            throw refused(name, "has an absolute path");
        }
        String[] parts = (name.endsWith("/") ? name.substring(0, name.length() - 1) : name).split("/", -1);
        for (String part : parts) {
            if (part.equals("..")) {
                throw refused(name, "climbs out of the target folder (..)");
            }
            if (part.isEmpty() || part.equals(".")) {
                throw refused(name, "is not a plain relative path");
            }
        }
        boolean known = name.equals(ArchiveManifest.NAME)
                || (parts.length > 1 || name.endsWith("/")) && TOP_FOLDERS.contains(parts[0]);
        if (!known) {
            throw refused(name, "is not part of a Dossier workspace (only model/, store/, index/ and "
                    + ArchiveManifest.NAME + ")");
        }
    }

    private static ArchiveException refused(String name, String why) {
        return new ArchiveException("refused entry '" + name + "': it " + why + "; nothing was imported");
    }

    private ArchiveManifest readManifest(ZipFile zip) throws IOException, ArchiveException {
        ZipEntry entry = zip.getEntry(ArchiveManifest.NAME);
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] json = in.readNBytes(16 << 20);
            if (in.read() >= 0) {
                throw refused(ArchiveManifest.NAME, "is larger than 16 MB");
            }
            ArchiveManifest manifest = ArchiveManifest.parse(json);
            Set<String> listed = new HashSet<>();
            for (ArchiveManifest.Entry listedEntry : manifest.entries()) {
                checkName(listedEntry.name());
                if (listedEntry.name().equals(ArchiveManifest.NAME) || !listed.add(listedEntry.name())) {
                    throw refused(listedEntry.name(), "is listed twice in the manifest");
                }
            }
            return manifest;
        }
    }

    private void extract(ZipFile zip, ArchiveManifest manifest, Path temp, SubMonitor progress)
            throws IOException, ArchiveException {
        Map<String, ArchiveManifest.Entry> listed = new HashMap<>();
        manifest.entries().forEach(e -> listed.put(e.name(), e));
        boolean keepIndex = manifest.indexVersion() != null && Version.LATEST.toString().equals(manifest.luceneVersion());
        long total = 0;
        Set<String> found = new HashSet<>();
        progress.setWorkRemaining(zip.size());
        for (ZipEntry entry : zip.stream().toList()) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            progress.worked(1);
            String name = entry.getName();
            if (entry.isDirectory() || name.equals(ArchiveManifest.NAME)) {
                continue;
            }
            ArchiveManifest.Entry expected = listed.get(name);
            if (expected == null) {
                throw refused(name, "is not listed in the manifest");
            }
            found.add(name);
            if (expected.size() > limits.maxEntryBytes()) {
                throw refused(name, "is " + expected.size() + " bytes, over the limit of " + limits.maxEntryBytes());
            }
            total += expected.size();
            if (total > limits.maxTotalBytes()) {
                throw refused(name, "brings the archive over the limit of " + limits.maxTotalBytes()
                        + " bytes in all");
            }
            if (!keepIndex && name.startsWith(SearchIndex.FOLDER + "/")) {
                continue;
            }
            Path file = temp.resolve(name).normalize();
            if (!file.startsWith(temp)) {
                throw refused(name, "climbs out of the target folder");
            }
            Files.createDirectories(file.getParent());
            String sha256 = copyChecked(zip, entry, expected, file);
            if (!sha256.equals(expected.sha256())) {
                throw refused(name, "has SHA-256 " + sha256 + " but the manifest says " + expected.sha256());
            }
        }
        for (String name : listed.keySet()) {
            if (!found.contains(name)) {
                throw refused(name, "is listed in the manifest but missing from the archive");
            }
        }
    }

    /** Copies an entry, stopping as soon as it exceeds the size the manifest gives; returns its SHA-256. */
    private String copyChecked(ZipFile zip, ZipEntry entry, ArchiveManifest.Entry expected, Path file)
            throws IOException, ArchiveException {
        MessageDigest digest = WorkspaceArchive.sha256();
        byte[] buffer = new byte[64 * 1024];
        long written = 0;
        try (InputStream in = zip.getInputStream(entry);
                OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                written += read;
                if (written > expected.size()) {
                    throw refused(entry.getName(), "is larger than the " + expected.size()
                            + " bytes the manifest says");
                }
                digest.update(buffer, 0, read);
                out.write(buffer, 0, read);
            }
        } catch (ZipException e) {
            throw refused(entry.getName(), "cannot be unpacked (" + e.getMessage() + ")");
        }
        if (written != expected.size()) {
            throw refused(entry.getName(), "is " + written + " bytes but the manifest says " + expected.size());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Moves the checked folders into the target; if one cannot be moved, those already moved are removed. */
    private void moveIntoPlace(Path temp) throws IOException {
        List<Path> moved = new ArrayList<>();
        try {
            for (String folder : TOP_FOLDERS) {
                Path from = temp.resolve(folder);
                if (Files.exists(from)) {
                    moved.add(Files.move(from, target.resolve(folder)));
                }
            }
        } catch (IOException e) {
            for (Path folder : moved) {
                deleteTree(folder);
            }
            throw e;
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
