package dossier.connector.cli.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.cli.WorkspaceCommand;
import dossier.connector.WorkspaceSources;
import dossier.cli.CommandContext;
import dossier.cli.CommandFailure;
import dossier.connector.SourceRefresher;
import dossier.model.casefile.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(description = { "Fetch sources now, each as its own job, and wait until every one is done; prints one"
        + " summary line per source.", "A source that fails or hangs fails alone, named; the others go on, and"
                + " nothing already stored is lost. Exits 1 if any source failed." })
public final class SourceRefreshCommand extends WorkspaceCommand {

    @Parameters(arity = "0..*", paramLabel = "SOURCE", description = "Ids or names of the sources")
    private List<String> names = new ArrayList<>();

    @Option(names = "--all", description = "Fetch every source")
    private boolean all;

    @Option(names = "--timeout", defaultValue = "300", paramLabel = "SECONDS",
            description = "Give up on a source after this long (default ${DEFAULT-VALUE})")
    private int timeoutSeconds;

    @Override
    protected boolean changesThroughIntake() {
        return true;
    }

    @Override
    protected int run(CommandContext context, ResearchWorkspace workspace) throws Exception {
        WorkspaceSources sources = WorkspaceSources.of(workspace);
        List<Source> chosen = modelThread().call(() -> chosen(workspace));
        List<WorkspaceSources.Fetch> fetches = modelThread().call(() -> sources.prepare(chosen));
        List<SourceRefresher.Outcome> outcomes = sources.refresh(fetches, true, Duration.ofSeconds(timeoutSeconds));
        boolean failed = false;
        for (int i = 0; i < chosen.size(); i++) {
            SourceRefresher.Outcome outcome = outcomes.get(i);
            sources.file(fetches.get(i), outcome, modelThread());
            failed |= !outcome.ok();
            context.out().printf("%-24s %s (%.1f s)%n", chosen.get(i).getName(), outcome.summary(),
                    outcome.took().toMillis() / 1000.0);
        }
        return failed ? 1 : 0;
    }

    private List<Source> chosen(ResearchWorkspace workspace) throws CommandFailure {
        List<Source> chosen = new ArrayList<>();
        if (all) {
            chosen.addAll(workspace.model().getSources());
        }
        for (String name : names) {
            chosen.add(workspace.source(name).orElseThrow(() -> new CommandFailure("no source '" + name + "'")));
        }
        if (chosen.isEmpty()) {
            throw new CommandFailure(all ? "there are no sources; 'dossier source add' adds one"
                    : "name the sources to refresh, or give --all");
        }
        return chosen;
    }
}
