package dossier.casefile.cli.internal;

import java.util.List;

import dossier.casefile.CaseFileException;
import dossier.casefile.ResearchWorkspace;
import dossier.casefile.Tagging;
import dossier.casefile.cli.WorkspaceCommand;
import dossier.cli.CommandContext;
import dossier.model.casefile.Tag;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(description = { "Tag items and clips; they enter the tag's in-tray as new. The tag is made if missing.",
        "'dossier search tag:PATH' finds the items (and the items of the clips) at once." })
public final class TagsTagCommand extends WorkspaceCommand {

    @Parameters(index = "0", paramLabel = "TAG", description = "The tag's id or path")
    private String tag;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "ID", description = "Item and clip ids")
    private List<String> ids;

    @Override
    protected int run(CommandContext context, ResearchWorkspace workspace) throws CaseFileException {
        Tagging tagging = new Tagging(workspace);
        Tag found = tagging.tag(tag).orElse(null);
        if (found == null) {
            found = tagging.addPath(tagging.schemeNamed(TagsAddCommand.DEFAULT_SCHEME), tag, null);
        }
        int added = tagging.tag(found, ids);
        context.out().println("tagged " + added + " with " + found.getPath()
                + (added < ids.size() ? " (" + (ids.size() - added) + " had it already)" : ""));
        return 0;
    }
}
