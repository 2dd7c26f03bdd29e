package dossier.boards.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dossier.casefile.ResearchWorkspace;
import dossier.cli.internal.CommandRunner;
import dossier.cli.internal.CommandRunner.Captured;

/** dossier board ...: make a board, print its panels' numbers, export them as SVG, PNG and CSV, ship it in a template. */
class BoardCommandsTest {

    @TempDir
    Path temp;

    private Captured run(String... args) throws Exception {
        return CommandRunner.runIn(temp.resolve("workspace"), args);
    }

    @Test
    void aBoardIsMadeShownExportedAndShippedInATemplate() throws Exception {
        try (ResearchWorkspace workspace = ResearchWorkspace.open(temp.resolve("workspace"))) {
            BoardsTest.fill(workspace);
            workspace.save();
        }
        assertEquals(0, run("board", "create", "Launch watch").exit());
        Captured added = run("board", "add-panel", "Launch watch", "volume", "--title", "Brand", "-p",
                "series=Brand = #brand\\nRival = #rival", "--at", "0,0", "--size", "2,1");
        assertEquals(0, added.exit(), added.err());
        assertEquals(0, run("board", "add-panel", "Launch watch", "who-matters", "--at", "0,1").exit());
        Captured unknown = run("board", "add-panel", "Launch watch", "pie");
        assertEquals(1, unknown.exit());
        assertTrue(unknown.err().contains("no panel kind 'pie'; the kinds are volume, share-of-voice, who-matters"), unknown.err());
        assertEquals(1, run("board", "show", "Nope").exit());

        Captured shown = run("board", "show", "Launch watch", "--json");
        assertEquals(0, shown.exit(), shown.err());
        JsonArray panels = JsonParser.parseString(shown.out()).getAsJsonObject().getAsJsonArray("panels");
        JsonObject brand = panels.get(0).getAsJsonObject().getAsJsonArray("series").get(0).getAsJsonObject();
        assertEquals(46, brand.get("total").getAsLong());
        JsonArray points = brand.getAsJsonArray("points");
        assertEquals(14, points.size());
        JsonObject spike = points.get(9).getAsJsonObject();
        assertEquals("2026-11-10T00:00:00Z", spike.get("start").getAsString());
        assertEquals(20, spike.get("count").getAsLong());
        assertTrue(spike.get("spike").getAsBoolean());
        JsonArray reach = panels.get(1).getAsJsonObject().getAsJsonArray("rankings").get(1).getAsJsonObject()
                .getAsJsonArray("entries");
        assertEquals("@fan0", reach.get(0).getAsJsonObject().get("account").getAsString(), "50 followers above 10");
        Captured text = run("board", "show", "Launch watch");
        assertTrue(text.out().contains("  2026-11-10T00:00:00Z     20 *\n"), text.out());

        Path out = temp.resolve("out");
        Captured svg = run("board", "export", "Launch watch", "--out", out.toString());
        assertEquals(0, svg.exit(), svg.err());
        assertEquals(List.of("01-brand.svg", "02-who-matters-1.svg", "02-who-matters-2.svg", "02-who-matters.svg"),
                files(out));
        String chart = Files.readString(out.resolve("01-brand.svg"));
        assertTrue(chart.contains("<svg"), chart.substring(0, Math.min(300, chart.length())));
        for (String label : List.of(">Brand</text>", ">Rival</text>")) {
            assertTrue(chart.contains(label), label + " is text in the SVG");
        }
        assertEquals(0, run("board", "export", "Launch watch", "--format", "png", "--size", "400x200", "--out",
                out.toString()).exit());
        byte[] png = Files.readAllBytes(out.resolve("01-brand.png"));
        assertArrayEquals(new byte[] { (byte) 0x89, 'P', 'N', 'G' }, Arrays.copyOf(png, 4));
        assertEquals(0, run("board", "export", "Launch watch", "--format", "csv", "--out", out.toString()).exit());
        String csv = Files.readString(out.resolve("01-brand.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("series,start,end,count,spike\n"), csv);
        assertTrue(csv.contains("\nBrand,2026-11-10T00:00:00Z,2026-11-11T00:00:00Z,20,true\n"), csv);
        assertEquals(1, run("board", "export", "Launch watch", "--format", "gif", "--out", out.toString()).exit());

        Path template = temp.resolve("launch.dossier");
        Captured exported = run("workspace", "export", template.toString(), "--template");
        assertEquals(0, exported.exit(), exported.err());
        Path trainee = temp.resolve("trainee");
        Captured made = CommandRunner.runIn(trainee, "workspace", "new", trainee.toString(), "--from-template",
                template.toString());
        assertEquals(0, made.exit(), made.err());
        Captured listed = CommandRunner.runIn(trainee, "board", "list");
        assertTrue(listed.out().startsWith("Launch watch\n  volume       Brand"), listed.out());
    }

    private static List<String> files(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
