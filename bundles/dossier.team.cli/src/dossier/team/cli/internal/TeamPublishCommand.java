package dossier.team.cli.internal;

import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;

import dossier.casefile.ResearchWorkspace;
import dossier.cli.CommandContext;
import dossier.team.PublishReport;
import dossier.team.PublishSelection;
import dossier.team.TeamCollection;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(description = { "Publish items to the team collection with their text, provenance, clips, tags and notes.",
        "Only what is new or changed since it was last published is sent. What the cluster cannot take now (it is"
                + " down, or you are offline) waits in the workspace's outbox and goes with the next publish;"
                + " without a selection, this sends what waits." })
public final class TeamPublishCommand extends TeamCommand {

    static final class Selection {
        @Option(names = "--case", paramLabel = "NAME", description = "The items of a case file")
        String caseFile;

        @Option(names = "--source", paramLabel = "NAME", description = "The items a source brought")
        String source;

        @Option(names = "--saved", paramLabel = "NAME", description = "The results of a saved search (at most "
                + PublishSelection.SAVED_SEARCH_LIMIT + ")")
        String saved;

        @Option(names = "--all", description = "Every item of the workspace")
        boolean all;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    private Selection selection;

    @Override
    int run(CommandContext context, ResearchWorkspace workspace, TeamCollection team) throws Exception {
        PublishReport report;
        if (selection == null) {
            report = team.send(new NullProgressMonitor());
        } else {
            List<String> items = selection.caseFile != null ? PublishSelection.caseFile(workspace, selection.caseFile)
                    : selection.source != null ? PublishSelection.source(workspace, selection.source)
                            : selection.saved != null ? PublishSelection.savedSearch(workspace, selection.saved)
                                    : PublishSelection.all(workspace);
            report = team.publish(items, new NullProgressMonitor());
            context.out().printf("%,d item%s: %,d new or changed, %,d unchanged%s%n", report.selected(),
                    report.selected() == 1 ? "" : "s", report.queued(), report.unchanged(), report.deleted() == 0 ? ""
                            : String.format(", %,d in no case file any more (deleted from the team collection)",
                                    report.deleted()));
        }
        context.out().printf("%,d sent, %,d waiting%n", report.sent(), report.waiting());
        if (report.rejected() > 0) {
            context.err().println("dossier team publish: the cluster refused " + report.rejected() + " document"
                    + (report.rejected() == 1 ? "" : "s") + ", set aside (see 'dossier team status'): "
                    + report.rejection());
        }
        if (report.problem() != null) {
            context.err().println("dossier team publish: " + report.problem() + "; " + report.waiting()
                    + " wait in the outbox and go with the next 'dossier team publish'");
            return 1;
        }
        return report.rejected() > 0 ? 1 : 0;
    }
}
