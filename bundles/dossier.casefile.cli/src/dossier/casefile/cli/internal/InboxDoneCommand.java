package dossier.casefile.cli.internal;

import java.util.List;

import dossier.casefile.CaseFileException;
import dossier.casefile.ResearchWorkspace;
import dossier.casefile.Tagging;
import dossier.casefile.cli.WorkspaceCommand;
import dossier.cli.CommandContext;
import dossier.model.casefile.Tag;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(description = "Mark items and clips done in a tag's in-tray (they leave it; their tags stay), or back with"
        + " --undo.")
public final class InboxDoneCommand extends WorkspaceCommand {

    @Parameters(index = "0", paramLabel = "TAG", description = "The tag's id or path")
    private String tag;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "ID", description = "Item and clip ids in the in-tray")
    private List<String> ids;

    @Option(names = "--undo", description = "Put them back into the in-tray")
    private boolean undo;

    @Override
    protected int run(CommandContext context, ResearchWorkspace workspace) throws CaseFileException {
        Tagging tagging = new Tagging(workspace);
        Tag found = tagging.existingTag(tag);
        if (undo) {
            context.out().println(tagging.markUndone(found, ids) + " back in " + found.getPath());
        } else {
            context.out().println(tagging.markDone(found, ids) + " done in " + found.getPath());
        }
        return 0;
    }
}
