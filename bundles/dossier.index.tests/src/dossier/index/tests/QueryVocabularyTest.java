package dossier.index.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dossier.cli.internal.CommandRunner;
import dossier.index.QueryVocabulary;
import dossier.index.internal.QueryLanguage;
import dossier.index.internal.Schema;

/** The one query vocabulary reaches the parser, {@code dossier search --help} and the README's table. */
class QueryVocabularyTest {

    @Test
    void theParserTakesEveryNameOfEveryField() throws Exception {
        QueryLanguage language = new QueryLanguage(Schema.analyzer());
        for (QueryVocabulary.Field field : QueryVocabulary.FIELDS) {
            String value = field.example().substring(field.name().length());
            field.names().forEach(name -> {
                try {
                    language.parse(name + value);
                } catch (Exception e) {
                    throw new AssertionError(name + value + ": " + e.getMessage(), e);
                }
            });
        }
    }

    @TempDir
    Path workspace;

    @Test
    void theSearchCommandsHelpListsEveryCompletedField() throws Exception {
        CommandRunner.Captured run = CommandRunner.runIn(workspace, "search", "--help");
        assertEquals(0, run.exit(), run.err());
        String help = run.out().replaceAll("\\s+", ""); // as picocli wraps it
        for (String line : QueryVocabulary.helpLines()) {
            assertTrue(help.contains(line.replaceAll("\\s+", "")), "the help misses " + line + ":\n" + run.out());
        }
    }

    @Test
    void theReadmeHasTheVocabularysTable() throws Exception {
        Path readme = Path.of(System.getProperty("dossier.repository"), "bundles", "dossier.index", "README.md");
        assertTrue(Files.readString(readme).contains(QueryVocabulary.markdownTable()),
                "bundles/dossier.index/README.md's field table is not this one:\n" + QueryVocabulary.markdownTable());
    }
}
