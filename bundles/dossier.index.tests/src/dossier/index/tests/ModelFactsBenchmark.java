package dossier.index.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dossier.casefile.ResearchWorkspace;
import dossier.index.internal.ModelFacts;
import dossier.model.casefile.CaseFile;

/**
 * Not part of the test suite (its name matches no test pattern): how long the indexing job's read of model facts
 * takes for a run of 10 items in a workspace whose case files hold 1,000,000 item ids. Run it with
 * {@code ./mvnw -B -o verify -pl bundles/dossier.index.tests -am -Dtest=ModelFactsBenchmark -Dexec.skip=true}.
 */
class ModelFactsBenchmark {

    private static final int ITEMS = Integer.getInteger("benchmark.items", 1_000_000);
    private static final int RUNS = 50;

    @TempDir
    Path folder;

    @Test
    void modelFactsOfAnIndexingRun() throws Exception {
        try (ResearchWorkspace workspace = ResearchWorkspace.open(folder)) {
            CaseFile inbox = workspace.createCaseFile("Inbox");
            List<CaseFile> studies = new ArrayList<>();
            for (int c = 0; c < 10; c++) {
                studies.add(workspace.createCaseFile("Study " + c));
            }
            List<String> ids = new ArrayList<>(ITEMS);
            for (int i = 0; i < ITEMS; i++) {
                ids.add(String.format(Locale.ROOT, "item-%08d", i));
            }
            // filed without commands: the index is not told, only the model facts are read
            inbox.getItemIds().addAll(ids);
            for (int c = 0; c < studies.size(); c++) {
                studies.get(c).getItemIds().addAll(ids.subList(c * 1_000, c * 1_000 + 500));
            }
            workspace.indexMembership();
            long[] nanos = new long[RUNS];
            for (int run = 0; run < RUNS; run++) {
                Set<String> batch = new LinkedHashSet<>();
                for (int i = 0; i < 10; i++) {
                    batch.add(ids.get((run * 7_919 + i * 104_729) % ITEMS));
                }
                long start = System.nanoTime();
                int found = workspace.readModel(() -> ModelFacts.of(workspace, batch).size());
                nanos[run] = System.nanoTime() - start;
                assertEquals(10, found);
            }
            Arrays.sort(nanos);
            System.out.printf(Locale.ROOT, "modelFacts of 10 items among %,d item ids: median %.3f ms, max %.3f ms"
                    + " (%d runs)%n", ITEMS, nanos[RUNS / 2] / 1e6, nanos[RUNS - 1] / 1e6, RUNS);
        }
    }
}
