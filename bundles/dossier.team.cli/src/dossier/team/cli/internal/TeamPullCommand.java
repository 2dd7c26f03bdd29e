package dossier.team.cli.internal;

import java.util.List;

import dossier.casefile.ResearchWorkspace;
import dossier.cli.CommandContext;
import dossier.team.TeamCollection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(description = { "Copy items of the team collection into this workspace (ids as 'dossier search --team'"
        + " prints them).",
        "Each capture comes with its original (checked against its SHA-256), text and metadata, filed with its tags"
                + " and a note saying who published it and when." })
public final class TeamPullCommand extends TeamCommand {

    @Parameters(arity = "1..*", paramLabel = "ITEM-ID")
    private List<String> ids;

    @Option(names = "--case", paramLabel = "NAME", description = "Case file to file them in (default: the Inbox)")
    private String caseFile;

    @Override
    int run(CommandContext context, ResearchWorkspace workspace, TeamCollection team) throws Exception {
        for (String id : ids) {
            String local = team.pull(id, caseFile);
            context.out().printf("%s: pulled as %s%n", id, local);
        }
        return 0;
    }
}
