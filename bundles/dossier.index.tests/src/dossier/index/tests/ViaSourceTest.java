package dossier.index.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dossier.casefile.Intake;
import dossier.casefile.ResearchWorkspace;
import dossier.index.SearchIndex;
import dossier.index.SearchRequest;
import dossier.model.casefile.CasefilePackage.Literals;
import dossier.model.casefile.Source;
import dossier.store.Capture;
import dossier.store.ItemType;

/**
 * {@code via:NAME} finds the items a source of the workspace brought: by its name in any case, an item two sources
 * brought by either, after the source is renamed by its new name, and the same after a rebuild, also in the
 * workspace opened again.
 */
class ViaSourceTest {

    @TempDir
    Path folder;

    private static Capture mention(String url, String text) {
        return new Capture(ItemType.MENTION, url, url, null, "fan", "fan", 10L, Instant.now(), Instant.now(), "en",
                "application/json", url.getBytes(StandardCharsets.UTF_8), text, null);
    }

    private static List<String> fetch(ResearchWorkspace workspace, Source source, String... urls) throws Exception {
        Intake.Batch batch = workspace.intake().batch(Intake.Filing.of(source));
        for (String url : urls) {
            batch.put(mention(url, "About " + url));
        }
        return workspace.intake().file(batch, Intake.ModelThread.CALLER).results().stream().map(r -> r.id()).toList();
    }

    private static List<String> ids(SearchIndex index, String query) throws Exception {
        return index.search(SearchRequest.of(query).withLimit(100)).hits().stream() // near-duplicates grouped
                .flatMap(h -> Stream.concat(Stream.of(h.id()), h.duplicates().stream())).sorted().toList();
    }

    private static List<String> sorted(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).distinct().sorted().toList();
    }

    @Test
    void itemsAreFoundByTheSourceThatBroughtThem() throws Exception {
        try (ResearchWorkspace workspace = ResearchWorkspace.open(folder)) {
            Source energy = workspace.addSource("rss", "Energy watch", Map.of(), "PT1H");
            Source airline = workspace.addSource("mastodon", "Airline #fail", Map.of(), "PT1H");
            List<String> fromEnergy = fetch(workspace, energy, "https://e.example/1", "https://e.example/2",
                    "https://both.example/1");
            List<String> fromAirline = fetch(workspace, airline, "https://a.example/1", "https://both.example/1");
            String alone = workspace.importCapture(mention("https://x.example/1", "No source"), null, List.of()).id();
            SearchIndex index = SearchIndex.of(workspace);

            assertEquals(fromEnergy.stream().sorted().toList(), ids(index, "via:\"Energy watch\""));
            assertEquals(fromEnergy.stream().sorted().toList(), ids(index, "via:\"energy WATCH\""), "any case");
            assertEquals(fromAirline.stream().sorted().toList(), ids(index, "via:\"Airline #fail\""));
            String both = fromEnergy.get(2);
            assertEquals(both, fromAirline.get(1));
            assertEquals(List.of(both), ids(index, "via:\"Energy watch\" AND via:\"Airline #fail\""),
                    "the item both brought");
            assertEquals(sorted(fromEnergy, fromAirline), ids(index, "via:\"Energy watch\" OR via:\"Airline #fail\""));
            assertEquals(List.of(alone), ids(index, "type:mention NOT via:\"Energy watch\" NOT via:\"Airline #fail\""),
                    "the item no source brought");
            assertEquals(List.of(), ids(index, "via:Nowhere"));
            assertEquals(fromEnergy.stream().sorted().toList(), ids(index, "via:" + energy.getId()), "by id");

            workspace.editingDomain().getCommandStack().execute(SetCommand.create(workspace.editingDomain(), energy,
                    Literals.SOURCE__NAME, "Grid watch"));
            assertEquals(fromEnergy.stream().sorted().toList(), ids(index, "via:\"Grid watch\""), "renamed");
            assertEquals(List.of(), ids(index, "via:\"Energy watch\""), "the old name is gone");

            index.rebuild(SearchIndex.Progress.NONE);
            assertEquals(fromEnergy.stream().sorted().toList(), ids(index, "via:\"Grid watch\""), "after a rebuild");
            assertEquals(fromAirline.stream().sorted().toList(), ids(index, "via:\"Airline #fail\""));
            workspace.save();
        }
        try (ResearchWorkspace reopened = ResearchWorkspace.open(folder)) {
            SearchIndex index = SearchIndex.of(reopened);
            index.rebuild(SearchIndex.Progress.NONE);
            assertEquals(3, ids(index, "via:\"Grid watch\"").size(), "reopened and rebuilt from the sources' files");
            assertEquals(2, ids(index, "via:\"Airline #fail\"").size());
        }
    }
}
