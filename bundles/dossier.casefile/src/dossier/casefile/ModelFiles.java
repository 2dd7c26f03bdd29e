package dossier.casefile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

import dossier.model.LinkTypes;
import dossier.model.ModelResources;
import dossier.model.casefile.CaseFile;
import dossier.model.casefile.WorkspaceModel;

/**
 * The model's files in one resource set: {@code model/workspace.xmi} and {@code model/casefiles/<id>.xmi} loaded
 * (schema 1 migrated with a backup, a file that cannot be read moved to {@code quarantine/}, each said in the
 * problems), and the changed ones serialized for a save.
 */
final class ModelFiles {

    private final Path folder;
    private final ResourceSet resources;
    private final List<String> problems;

    ModelFiles(Path folder, ResourceSet resources, List<String> problems) {
        this.folder = folder;
        this.resources = resources;
        this.problems = problems;
    }

    /** Loads the workspace model (a new one if there is none) and every case file. */
    WorkspaceModel load() throws IOException {
        Path modelFolder = Files.createDirectories(folder.resolve(ResearchWorkspace.MODEL_FOLDER));
        Files.createDirectories(modelFolder.resolve(ModelResources.CASEFILES_FOLDER));
        WorkspaceModel model = loadWorkspaceModel(modelFolder.resolve(ModelResources.WORKSPACE_FILE));
        try (DirectoryStream<Path> files = Files.newDirectoryStream(
                modelFolder.resolve(ModelResources.CASEFILES_FOLDER), "*." + ModelResources.EXTENSION)) {
            for (Path file : sorted(files)) {
                loadCaseFile(file);
            }
        }
        return model;
    }

    /** The files changed since the last save, serialized now and marked saved (each change can mark it unsaved again). */
    List<PendingSave.FileChange> serializeChanged() throws IOException {
        List<PendingSave.FileChange> changes = new ArrayList<>();
        for (Resource resource : List.copyOf(resources.getResources())) {
            if (!resource.isModified() || !resource.getURI().isFile()) {
                continue;
            }
            Path file = Path.of(resource.getURI().toFileString());
            byte[] bytes = null;
            if (!resource.getContents().isEmpty()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                resource.save(out, ModelResources.saveOptions());
                bytes = out.toByteArray();
            }
            changes.add(new PendingSave.FileChange(file, bytes, () -> resource.setModified(true)));
            resource.setModified(false);
        }
        return changes;
    }

    boolean anyModified() {
        return resources.getResources().stream().anyMatch(Resource::isModified);
    }

    private static List<Path> sorted(DirectoryStream<Path> files) {
        List<Path> list = new ArrayList<>();
        files.forEach(list::add);
        list.sort(null);
        return list;
    }


    private WorkspaceModel loadWorkspaceModel(Path file) throws IOException {
        if (Files.exists(file)) {
            Resource resource = load(file);
            if (resource != null && resource.getContents().size() == 1
                    && resource.getContents().get(0) instanceof WorkspaceModel loaded) {
                if (loaded.getSchemaVersion() < ModelResources.SCHEMA_VERSION) {
                    loaded.setSchemaVersion(ModelResources.SCHEMA_VERSION);
                    resource.setModified(true);
                }
                LinkTypes.ensureBuiltIns(loaded);
                return loaded;
            }
            if (resource != null) {
                resources.getResources().remove(resource);
                quarantine(file, "it holds no workspace model");
            }
        }
        Resource resource = resources.createResource(URI.createFileURI(file.toString()));
        resource.setTrackingModification(true);
        resource.getContents().add(ModelResources.newWorkspace());
        resource.setModified(true);
        return (WorkspaceModel) resource.getContents().get(0);
    }

    private void loadCaseFile(Path file) throws IOException {
        Resource resource = load(file);
        if (resource == null) {
            return;
        }
        if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof CaseFile)) {
            resources.getResources().remove(resource);
            quarantine(file, "it holds no case file");
        }
    }

    /** Loads an XMI file, migrating schema 1; a file that cannot be read is quarantined (null). */
    private Resource load(Path file) throws IOException {
        boolean schema1 = Files.readString(file, StandardCharsets.UTF_8).contains(ResearchWorkspace.SCHEMA_1_NS_URI);
        URI uri = URI.createFileURI(file.toString());
        try {
            Resource resource = resources.getResource(uri, true);
            resource.setTrackingModification(true);
            if (!resource.getErrors().isEmpty()) {
                throw new IOException(resource.getErrors().get(0).getMessage());
            }
            if (schema1) {
                Path backup = folder.resolve(ResearchWorkspace.MODEL_FOLDER).resolve(ResearchWorkspace.SCHEMA_1_BACKUP_FOLDER)
                        .resolve(folder.resolve(ResearchWorkspace.MODEL_FOLDER).relativize(file));
                Files.createDirectories(backup.getParent());
                Files.copy(file, backup, StandardCopyOption.REPLACE_EXISTING);
                resource.setModified(true);
                problems.add("migrated " + folder.relativize(file) + " from schema 1 to "
                        + ModelResources.SCHEMA_VERSION + " (the old file is kept in " + folder.relativize(backup) + ")");
            }
            return resource;
        } catch (RuntimeException | IOException e) {
            Resource broken = resources.getResource(uri, false);
            if (broken != null) {
                resources.getResources().remove(broken);
            }
            quarantine(file, describe(e));
            return null;
        }
    }

    private static String describe(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    private void quarantine(Path file, String reason) throws IOException {
        Path target = Files.createDirectories(folder.resolve(ResearchWorkspace.QUARANTINE_FOLDER))
                .resolve(file.getFileName() + "." + Instant.now().toEpochMilli());
        Files.move(file, target);
        problems.add("could not read " + folder.relativize(file) + " (" + reason + "); moved it to "
                + folder.relativize(target) + " untouched");
    }

    /** True if a file was migrated: the workspace saves it at once. */
    boolean hasUnsavedMigration() {
        return problems.stream().anyMatch(p -> p.startsWith("migrated "));
    }
}
