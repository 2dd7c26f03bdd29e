package dossier.workspace.tests;

import static dossier.workspace.tests.Fixtures.CASE;
import static dossier.workspace.tests.Fixtures.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dossier.casefile.ProtectedMaterialException;
import dossier.casefile.ResearchWorkspace;
import dossier.cli.internal.CommandRunner.Captured;
import dossier.model.casefile.CaseFile;

/** A class imports the trainer's archive in training mode: the trainer's material stays as it came, students clip. */
class TrainingModeTest {

    private static final String REFUSAL = " is a training workspace and the trainer's case files, codebooks, saved"
            + " searches and sources cannot be changed; clip into a case file of your own (--case NAME)\n";

    @TempDir
    Path temp;

    private Path trainer;
    private Path student;
    private String item;
    private Map<String, String> trainerModel;

    @BeforeEach
    void importTheTrainersArchiveInTrainingMode() throws Exception {
        trainer = temp.resolve("trainer");
        Fixtures.trainerWorkspace(trainer, temp);
        Path archive = temp.resolve("class.dossier");
        ok(trainer, "workspace", "export", archive.toString());
        student = temp.resolve("student");
        String out = ok(trainer, "workspace", "import", archive.toString(), "--into", student.toString(), "--training")
                .out();
        assertTrue(out.endsWith("; training mode\n"), out);
        item = Fixtures.trainerItem(student);
        trainerModel = Fixtures.snapshot(student.resolve("model"));
    }

    @Test
    void aStudentClipsIntoACaseFileOfTheirOwnWithTheTrainersTags() throws Exception {
        ok(student, "clip", item, "--quote", "brings them back", "--case", "My notes", "--tag", "Stages/Stickiness",
                "--note", "my reading");
        JsonObject mine = JsonParser.parseString(ok(student, "case", "show", "My notes", "--json").out())
                .getAsJsonObject();
        assertEquals(1, mine.getAsJsonArray("clipList").size());
        assertEquals("Stages/Stickiness", mine.getAsJsonArray("clipList").get(0).getAsJsonObject()
                .getAsJsonArray("tags").get(0).getAsString());
        Map<String, String> after = Fixtures.snapshot(student.resolve("model"));
        after.keySet().retainAll(trainerModel.keySet());
        assertEquals(trainerModel, after, "the trainer's files are byte for byte as imported");
    }

    @Test
    void theTrainersCaseFileAndCodebookCannotBeChanged() throws Exception {
        Captured clip = Fixtures.dossier(student, "clip", item, "--quote", "brings them back", "--case", CASE);
        assertEquals(1, clip.exit());
        assertEquals("dossier clip: cannot clip: student" + REFUSAL, clip.err());

        Captured newTag = Fixtures.dossier(student, "clip", item, "--quote", "brings them back", "--case", "My notes",
                "--tag", "Invented/Here");
        assertEquals(1, newTag.exit());
        assertEquals("dossier clip: cannot clip: student" + REFUSAL, newTag.err());
        assertFalse(ok(student, "case", "list").out().contains("My notes"), "the refused clip left nothing behind");

        Captured codebook = Fixtures.dossier(student, "codebook", "import", write("extra.qdc", CodebookTest.HAND_WRITTEN));
        assertEquals(1, codebook.exit());
        assertEquals("dossier codebook import: extra.qdc: this is a training workspace: its codebooks are the trainer's"
                + " and cannot be changed\n", codebook.err());

        try (ResearchWorkspace workspace = ResearchWorkspace.open(student)) {
            CaseFile trainers = workspace.caseFile(CASE).orElseThrow();
            assertTrue(workspace.isTrainerMaterial(trainers));
            assertTrue(workspace.isTrainerMaterial(workspace.model().getTagSchemes().get(0)));
            ProtectedMaterialException delete = assertThrows(ProtectedMaterialException.class,
                    () -> workspace.deleteCaseFile(trainers));
            assertEquals("cannot delete case file '" + CASE + "': student" + REFUSAL.stripTrailing(), delete.getMessage());
            assertThrows(ProtectedMaterialException.class, () -> workspace.renameCaseFile(trainers, "Mine now"));
            CaseFile own = workspace.createCaseFile("Scratch");
            assertFalse(workspace.isTrainerMaterial(own));
            workspace.renameCaseFile(own, "Scratch pad");
            workspace.save();
        }
        assertEquals(trainerModel, Fixtures.snapshot(student.resolve("model")).entrySet().stream()
                .filter(e -> trainerModel.containsKey(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue,
                        (a, b) -> a, TreeMap::new)));
        assertTrue(ok(student, "case", "list").out().contains("Scratch pad"));
    }

    @Test
    void withoutTrainingTheImportedMaterialIsEditable() throws Exception {
        Path free = temp.resolve("free");
        ok(trainer, "workspace", "import", temp.resolve("class.dossier").toString(), "--into", free.toString());
        ok(free, "clip", Fixtures.trainerItem(free), "--quote", "brings them back", "--case", CASE, "--tag", "New/Tag");
        assertFalse(Files.exists(free.resolve(".metadata/dossier/trainer-material.txt")));
    }

    private String write(String name, String content) throws Exception {
        Path file = temp.resolve(name);
        Files.writeString(file, content);
        return file.toString();
    }
}
