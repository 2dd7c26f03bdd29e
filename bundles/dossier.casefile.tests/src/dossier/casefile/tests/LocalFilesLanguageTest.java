package dossier.casefile.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dossier.casefile.LocalFiles;
import dossier.testing.SeedArticles;

/** Plain-text files carry no language declaration: the importer detects it in the text. */
class LocalFilesLanguageTest {

    @TempDir
    Path folder;

    @Test
    void theSeedArticlesAreEnglish() throws Exception {
        for (Path file : SeedArticles.files()) {
            assertEquals("en", LocalFiles.read(file).capture().language(), file.getFileName().toString());
        }
    }

    @Test
    void germanTextIsGermanAndAWordHasNoLanguage() throws Exception {
        Path german = folder.resolve("notiz.txt");
        Files.writeString(german, "Die Kampagne erreichte in einer Woche drei Millionen Menschen, was die Agentur"
                + " als Rekord für die Marke bezeichnete.", StandardCharsets.UTF_8);
        assertEquals("de", LocalFiles.read(german).capture().language());
        Path word = folder.resolve("word.txt");
        Files.writeString(word, "OK", StandardCharsets.UTF_8);
        assertNull(LocalFiles.read(word).capture().language());
    }
}
