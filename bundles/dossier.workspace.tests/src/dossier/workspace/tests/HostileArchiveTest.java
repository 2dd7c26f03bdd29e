package dossier.workspace.tests;

import static dossier.workspace.tests.Fixtures.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dossier.cli.internal.CommandRunner.Captured;
import dossier.workspace.ArchiveException;
import dossier.workspace.ArchiveLimits;
import dossier.workspace.WorkspaceImport;

/**
 * Hostile .dossier archives: each is refused with a message naming the entry, and the target folder (which already
 * holds a file of its own) is left exactly as it was; nothing is written outside it.
 */
class HostileArchiveTest {

    @TempDir
    Path temp;

    private Path cli;
    private Path target;
    private Map<String, byte[]> valid;
    private Map<String, String> before;

    @BeforeEach
    void exportAValidArchive() throws Exception {
        cli = temp.resolve("trainer");
        Path notes = Files.createDirectories(temp.resolve("notes")).resolve("note.txt");
        Files.writeString(notes, "A short note about sharing.\n", StandardCharsets.UTF_8);
        ok(cli, "import", notes.toString(), "--case", "Notes");
        Path archive = temp.resolve("valid.dossier");
        ok(cli, "workspace", "export", archive.toString());
        valid = WorkspaceArchiveTest.entries(archive);
        target = Files.createDirectories(temp.resolve("target"));
        Files.writeString(target.resolve("readme.txt"), "the student's own file\n");
        before = Fixtures.snapshot(target);
    }

    private String segment() {
        return valid.keySet().stream().filter(n -> n.startsWith("store/items-")).findFirst().orElseThrow();
    }

    private void assertRefused(Path archive, String expectedMessage) throws IOException {
        Captured result = Fixtures.dossier(cli, "workspace", "import", archive.toString(), "--into", target.toString());
        assertEquals(1, result.exit(), result.out());
        assertEquals("dossier workspace import: " + expectedMessage + "\n", result.err());
        assertEquals(before, Fixtures.snapshot(target), "the target is untouched");
        assertFalse(Files.exists(temp.resolve("evil.txt")), "nothing was written outside the target");
    }

    private Path hostile(Map<String, byte[]> entries) throws IOException {
        Path archive = temp.resolve("hostile.dossier");
        Fixtures.zip(archive, entries);
        return archive;
    }

    private Map<String, byte[]> validPlus(String name, String content) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(name, content.getBytes(StandardCharsets.UTF_8));
        entries.putAll(valid);
        return entries;
    }

    @Test
    void theValidArchiveIsImported() throws Exception {
        ok(cli, "workspace", "import", hostile(valid).toString(), "--into", target.toString());
        assertTrue(Files.isDirectory(target.resolve("model/casefiles")));
        assertEquals("the student's own file\n", Files.readString(target.resolve("readme.txt")));
        assertEquals(1, Fixtures.ok(target, "case", "list").out().lines().count());
    }

    @Test
    void zipSlipIsRefused() throws Exception {
        assertRefused(hostile(validPlus("../evil.txt", "pwned")),
                "refused entry '../evil.txt': it climbs out of the target folder (..); nothing was imported");
        assertRefused(hostile(validPlus("store/../../evil.txt", "pwned")),
                "refused entry 'store/../../evil.txt': it climbs out of the target folder (..); nothing was imported");
    }

    @Test
    void anAbsolutePathIsRefused() throws Exception {
        Path absolute = temp.resolve("evil.txt").toAbsolutePath();
        assertRefused(hostile(validPlus(absolute.toString(), "pwned")),
                "refused entry '" + absolute + "': it has an absolute path; nothing was imported");
    }

    @Test
    void aSymbolicLinkIsRefused() throws Exception {
        Path archive = hostile(validPlus("store/link.seg", "/etc/passwd"));
        Zips.markSymlink(archive, "store/link.seg");
        assertRefused(archive, "refused entry 'store/link.seg': it is a symbolic link; nothing was imported");
    }

    @Test
    void aDuplicateNameIsRefused() throws Exception {
        Path archive = hostile(validPlus("model/workspace.xmX", "<xmi/>"));
        Zips.rename(archive, "model/workspace.xmX", "model/workspace.xmi");
        assertRefused(archive, "refused entry 'model/workspace.xmi': it occurs twice in the archive; nothing was"
                + " imported");
    }

    @Test
    void anEntryOutsideTheWorkspaceFoldersIsRefused() throws Exception {
        assertRefused(hostile(validPlus(".metadata/evil.txt", "x")), "refused entry '.metadata/evil.txt': it is not"
                + " part of a Dossier workspace (only model/, store/, index/ and manifest.json); nothing was imported");
    }

    @Test
    void aWrongHashIsRefused() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>(valid);
        byte[] xmi = entries.get("model/workspace.xmi").clone();
        xmi[xmi.length - 2] = (byte) (xmi[xmi.length - 2] == 'x' ? 'y' : 'x');
        entries.put("model/workspace.xmi", xmi);
        String message = refusal(hostile(entries));
        assertTrue(message.startsWith("refused entry 'model/workspace.xmi': it has SHA-256 "), message);
        assertTrue(message.contains(" but the manifest says "), message);
    }

    @Test
    void aMissingManifestIsRefused() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>(valid);
        entries.remove("manifest.json");
        assertRefused(hostile(entries), "hostile.dossier has no manifest.json: it is not a Dossier workspace archive");
    }

    @Test
    void anUnlistedOrMissingEntryIsRefused() throws Exception {
        assertRefused(hostile(validPlus("store/items-000099.seg", "extra")),
                "refused entry 'store/items-000099.seg': it is not listed in the manifest; nothing was imported");
        Map<String, byte[]> entries = new LinkedHashMap<>(valid);
        entries.remove(segment());
        assertRefused(hostile(entries), "refused entry '" + segment() + "': it is listed in the manifest but missing"
                + " from the archive; nothing was imported");
    }

    @Test
    void anEntryLargerThanTheManifestSaysIsCutOffAndRefused() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>(valid);
        entries.put(segment(), new byte[50 << 20]); // 50 MB of zeros: a zip bomb, a few KB compressed
        Path archive = hostile(entries);
        assertTrue(Files.size(archive) < 1 << 20);
        String message = refusal(archive);
        assertTrue(message.matches("refused entry '" + segment() + "': it is larger than the \\d+ bytes the manifest"
                + " says; nothing was imported"), message);
    }

    @Test
    void entriesOverTheLimitsAreRefused() throws Exception {
        Path archive = hostile(valid);
        long largest = valid.entrySet().stream().filter(e -> !e.getKey().equals("manifest.json"))
                .mapToLong(e -> e.getValue().length).max().orElseThrow();
        ArchiveException oversize = assertThrows(ArchiveException.class, () -> new WorkspaceImport(archive, target,
                new ArchiveLimits(largest - 1, 1L << 30, 1000)).run(false, false, null));
        assertTrue(oversize.getMessage().matches("refused entry '\\S+': it is " + largest + " bytes, over the limit of "
                + (largest - 1) + "; nothing was imported"), oversize.getMessage());
        ArchiveException total = assertThrows(ArchiveException.class, () -> new WorkspaceImport(archive, target,
                new ArchiveLimits(1L << 30, largest, 1000)).run(false, false, null));
        assertTrue(total.getMessage().matches("refused entry '\\S+': it brings the archive over the limit of "
                + largest + " bytes in all; nothing was imported"), total.getMessage());
        ArchiveException count = assertThrows(ArchiveException.class, () -> new WorkspaceImport(archive, target,
                new ArchiveLimits(1L << 30, 1L << 30, 2)).run(false, false, null));
        assertEquals("hostile.dossier has " + valid.size() + " entries, more than the 2 allowed", count.getMessage());
        assertEquals(before, Fixtures.snapshot(target));
    }

    @Test
    void aTargetThatHoldsAWorkspaceIsRefused() throws Exception {
        Path archive = hostile(valid);
        Map<String, String> trainer = Fixtures.snapshot(cli.resolve("model"));
        Captured result = Fixtures.dossier(cli, "workspace", "import", archive.toString(), "--into", cli.toString());
        assertEquals(1, result.exit());
        assertEquals("dossier workspace import: " + cli + " already holds a workspace (it has model/); choose a new"
                + " folder\n", result.err());
        assertEquals(trainer, Fixtures.snapshot(cli.resolve("model")));
    }

    private String refusal(Path archive) throws IOException {
        Captured result = Fixtures.dossier(cli, "workspace", "import", archive.toString(), "--into", target.toString());
        assertEquals(1, result.exit());
        assertEquals(before, Fixtures.snapshot(target), "the target is untouched");
        String prefix = "dossier workspace import: ";
        assertTrue(result.err().startsWith(prefix) && result.err().endsWith("\n"), result.err());
        return result.err().substring(prefix.length(), result.err().length() - 1);
    }
}
