package dossier.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dossier.cli.internal.CommandRunner;
import dossier.testing.SeedArticles;

/**
 * A real workspace made the way a strategist makes it, through the {@code dossier} commands: the
 * shared seed articles imported into the case file "Social sharing", clips with tags and notes
 * (hostile, multi-line and non-Latin text among them), an item tag and typed cross-references.
 */
final class CaseFileFixture {

    static final String CASE = "Social sharing";
    static final String HOSTILE_NOTE = "<script>alert(\"x\")</script> & \"quotes\", commas, and\na second line";
    static final String CYRILLIC_NOTE = "Социальные сети — это разговор";

    /** Each clip: item index, quote, tags, note (null for none). */
    static final List<ClipSpec> CLIPS = List.of(
            new ClipSpec(0, "Content marketing is here to stay", List.of("Insight"), "Sharing is the channel"),
            new ClipSpec(1, "You have to have the conversation.", List.of("Insight", "Engagement"), HOSTILE_NOTE),
            new ClipSpec(2, "A minimum of 95% of the connections in mostpeoples networks are passive",
                    List.of("Engagement"), CYRILLIC_NOTE),
            new ClipSpec(3, "the shift from the audience to the individual", List.of(), null),
            new ClipSpec(4, "your chances of that happening are about as good as getting hit by lightning",
                    List.of("Risk"), null));

    record ClipSpec(int item, String quote, List<String> tags, String note) {
    }

    final Path workspace;
    final List<Path> files;
    final List<String> itemIds = new ArrayList<>();
    final List<String> clipIds = new ArrayList<>();

    private CaseFileFixture(Path workspace) throws IOException {
        this.workspace = workspace;
        this.files = SeedArticles.files();
    }

    /** A workspace with nothing in it yet. */
    static CaseFileFixture empty(Path workspace) throws IOException {
        return new CaseFileFixture(workspace);
    }

    /** The seed articles, imported into {@code workspace} (no case file, no clips). */
    static CaseFileFixture items(Path workspace) throws Exception {
        CaseFileFixture fixture = new CaseFileFixture(workspace);
        fixture.importItems(null);
        return fixture;
    }

    /** The whole case file. */
    static CaseFileFixture caseFile(Path workspace) throws Exception {
        CaseFileFixture fixture = new CaseFileFixture(workspace);
        fixture.importItems(CASE);
        for (ClipSpec spec : CLIPS) {
            List<String> args = new ArrayList<>(List.of("clip", fixture.itemIds.get(spec.item()), "--quote",
                    spec.quote(), "--case", CASE));
            spec.tags().forEach(tag -> args.addAll(List.of("--tag", tag)));
            if (spec.note() != null) {
                args.addAll(List.of("--note", spec.note()));
            }
            fixture.clipIds.add(fixture.run(args.toArray(String[]::new)).strip());
        }
        fixture.run("link", fixture.clipIds.get(1), fixture.clipIds.get(2), "--type", "supports");
        fixture.run("link", fixture.clipIds.get(4), fixture.clipIds.get(0), "--type", "contradicts");
        fixture.run("import", fixture.files.get(3).toString(), "--case", CASE, "--tag", "Source/Long read");
        return fixture;
    }

    private void importItems(String caseName) throws Exception {
        List<String> args = new ArrayList<>(List.of("import"));
        files.forEach(file -> args.add(file.toString()));
        if (caseName != null) {
            args.addAll(List.of("--case", caseName));
        }
        String out = run(args.toArray(String[]::new));
        out.lines().map(line -> line.substring(0, line.indexOf(' '))).forEach(itemIds::add);
        assertEquals(files.size(), itemIds.size(), out);
    }

    /** Runs a command that must succeed; its standard output. */
    String run(String... args) throws Exception {
        CommandRunner.Captured result = CommandRunner.runIn(workspace, args);
        assertEquals(0, result.exit(), "dossier " + Arrays.toString(args) + ": " + result.err());
        return result.out();
    }

    CommandRunner.Captured dossier(String... args) throws Exception {
        return CommandRunner.runIn(workspace, args);
    }

    static String flat(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
