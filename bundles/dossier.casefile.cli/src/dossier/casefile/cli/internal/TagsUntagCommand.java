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

@Command(description = "Take a tag off items and clips.")
public final class TagsUntagCommand extends WorkspaceCommand {

    @Parameters(index = "0", paramLabel = "TAG", description = "The tag's id or path")
    private String tag;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "ID", description = "Item and clip ids")
    private List<String> ids;

    @Override
    protected int run(CommandContext context, ResearchWorkspace workspace) throws CaseFileException {
        Tagging tagging = new Tagging(workspace);
        Tag found = tagging.existingTag(tag);
        int removed = tagging.untag(found, ids);
        context.out().println("untagged " + removed + " from " + found.getPath());
        return 0;
    }
}
