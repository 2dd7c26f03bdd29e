package dossier.casefile.cli.internal;

import dossier.casefile.CaseFileException;
import dossier.casefile.ResearchWorkspace;
import dossier.casefile.TagSpaces;
import dossier.casefile.Tagging;
import dossier.casefile.cli.WorkspaceCommand;
import dossier.cli.CommandContext;
import dossier.model.casefile.Tag;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(description = "Delete a tag and the tags below it; the items and clips tagged with them lose those tags.")
public final class TagsDeleteCommand extends WorkspaceCommand {

    @Parameters(paramLabel = "TAG", description = "The tag's id or path")
    private String tag;

    @Override
    protected int run(CommandContext context, ResearchWorkspace workspace) throws CaseFileException {
        Tagging tagging = new Tagging(workspace);
        Tag doomed = tagging.existingTag(tag);
        int count = TagSpaces.of(workspace).count(doomed.getId());
        tagging.deleteTag(doomed);
        context.out().println("deleted " + doomed.getPath() + " (it was on " + count + " items and clips)");
        return 0;
    }
}
