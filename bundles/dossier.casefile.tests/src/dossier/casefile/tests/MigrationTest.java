package dossier.casefile.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dossier.casefile.ResearchWorkspace;
import dossier.model.ModelResources;
import dossier.model.casefile.CaseFile;
import dossier.model.casefile.CaseStatus;
import dossier.model.casefile.TagAssignment;

/** A workspace written by schema 1 (before CaseFile had a status) opens, migrates, and keeps a backup. */
class MigrationTest {

    @TempDir
    Path workspace;

    private Path copyFixture() throws Exception {
        Path fixture = Path.of(System.getProperty("dossier.repository"), "bundles", "dossier.model.tests", "fixtures",
                "workspace-v1");
        Path model = Files.createDirectories(workspace.resolve("model"));
        try (Stream<Path> files = Files.walk(fixture)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xmi")).toList()) {
                Path target = model.resolve(fixture.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
        return model;
    }

    @Test
    void aSchema1WorkspaceIsMigratedOnOpenWithBackups() throws Exception {
        Path model = copyFixture();
        try (ResearchWorkspace opened = ResearchWorkspace.open(workspace)) {
            assertEquals(2, opened.problems().size(), String.join("\n", opened.problems()));
            assertTrue(opened.problems().get(0).startsWith("migrated model/"), opened.problems().get(0));
            CaseFile caseFile = opened.caseFiles().get(0);
            assertEquals(CaseStatus.ACTIVE, caseFile.getStatus(), "the new attribute takes its default");
            assertFalse(caseFile.getClips().isEmpty());
            TagAssignment assignment = caseFile.getTagAssignments().get(0);
            assertNotNull(assignment.getTag().getName(), "tags in workspace.xmi still resolve");
            assertEquals(ModelResources.SCHEMA_VERSION, opened.model().getSchemaVersion());
        }
        try (Stream<Path> files = Files.walk(model.resolve(ModelResources.CASEFILES_FOLDER))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String xml = Files.readString(file, StandardCharsets.UTF_8);
                assertTrue(xml.contains("http://dossier.org/model/casefile/2"), "rewritten in schema 2: " + file);
            }
        }
        try (Stream<Path> backups = Files.walk(model.resolve("backup-schema-1"))) {
            assertEquals(2, backups.filter(Files::isRegularFile).count(), "both schema-1 files are kept");
        }
        try (ResearchWorkspace reopened = ResearchWorkspace.open(workspace)) {
            assertEquals(0, reopened.problems().size(), "a migrated workspace opens without further migration");
        }
    }
}
