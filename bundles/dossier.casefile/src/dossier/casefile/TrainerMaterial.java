package dossier.casefile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

import dossier.store.AtomicFile;

/**
 * Training mode: the model files a trainer distributed (case files, codebooks, saved searches, sources) are
 * read-only in the student's workspace, while the student's own case files stay editable. The files are listed,
 * one path relative to the workspace a line, in {@link #FILE}; a workspace without that file is not in training
 * mode.
 */
public final class TrainerMaterial {

    /** The list of protected model files, relative to the workspace folder. */
    public static final String FILE = ".metadata/dossier/trainer-material.txt";

    private final Path folder;
    private final Set<Path> files;

    private TrainerMaterial(Path folder, Set<Path> files) {
        this.folder = folder;
        this.files = files;
    }

    /** The trainer material of the workspace in {@code folder}; empty if it is not in training mode. */
    public static TrainerMaterial of(Path folder) throws IOException {
        Path list = folder.resolve(FILE);
        if (!Files.exists(list)) {
            return new TrainerMaterial(folder, Set.of());
        }
        return new TrainerMaterial(folder, Files.readAllLines(list, StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(line -> !line.isEmpty())
                .map(line -> folder.resolve(line).toAbsolutePath().normalize()).collect(Collectors.toSet()));
    }

    /** Puts the workspace in {@code folder} into training mode, protecting these files (relative paths). */
    public static void write(Path folder, List<String> relativePaths) throws IOException {
        Path list = folder.resolve(FILE);
        Files.createDirectories(list.getParent());
        AtomicFile.write(list, (String.join("\n", relativePaths) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** True if the workspace is in training mode. */
    public boolean isTraining() {
        return !files.isEmpty();
    }

    /** True if this resource is one of the trainer's files. */
    public boolean protects(Resource resource) {
        return resource != null && resource.getURI() != null && resource.getURI().isFile()
                && files.contains(Path.of(resource.getURI().toFileString()).toAbsolutePath().normalize());
    }

    /** True if this object lives in one of the trainer's files. */
    public boolean protects(EObject object) {
        return object != null && protects(object.eResource());
    }

    /** The one-line refusal of a change to the trainer's material. */
    ProtectedMaterialException refusal(String change) {
        return new ProtectedMaterialException("cannot " + change + ": " + folder.getFileName()
                + " is a training workspace and the trainer's case files, codebooks, saved searches and sources"
                + " cannot be changed; clip into a case file of your own (--case NAME)");
    }
}
