package dossier.store.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dossier.store.AtomicFile;

class AtomicFileTest {

    @TempDir
    Path temp;

    @Test
    void writesAndReplacesWholeFiles() throws Exception {
        Path file = temp.resolve("case.xmi");
        AtomicFile.write(file, "one".getBytes(StandardCharsets.UTF_8));
        assertEquals("one", Files.readString(file));
        AtomicFile.write(file, out -> out.write("two, longer".getBytes(StandardCharsets.UTF_8)));
        assertEquals("two, longer", Files.readString(file));
        AtomicFile.write(file, new byte[0]);
        assertEquals(0, Files.size(file));
        assertEquals(List.of(file), Files.list(temp).toList());
    }

    @Test
    void tempFilesLeftByACrashAreCleanedUpOnTheNextWrite() throws Exception {
        Path file = temp.resolve("case.xmi");
        Path stale = Files.writeString(temp.resolve(".case.xmi.0123abcd.tmp"), "half a ca");
        Path other = Files.writeString(temp.resolve(".other.xmi.0123abcd.tmp"), "not ours");
        assertEquals(List.of(stale), AtomicFile.staleTemps(file));
        AtomicFile.write(file, "whole".getBytes(StandardCharsets.UTF_8));
        assertFalse(Files.exists(stale));
        assertEquals("not ours", Files.readString(other), "only the file's own temps are removed");
    }

    @Test
    void aFailingWriterLeavesTheOldFileAndNoTemp() throws Exception {
        Path file = temp.resolve("case.xmi");
        AtomicFile.write(file, "old".getBytes(StandardCharsets.UTF_8));
        IOException e = assertThrows(IOException.class, () -> AtomicFile.write(file, out -> {
            out.write("new but".getBytes(StandardCharsets.UTF_8));
            throw new IOException("serializer broke");
        }));
        assertEquals("could not save " + file + ": serializer broke; the previous version is unchanged",
                e.getMessage());
        assertArrayEquals("old".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
        assertEquals(List.of(), AtomicFile.staleTemps(file));
    }
}
