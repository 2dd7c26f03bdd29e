package dossier.casefile.cli.internal;

import dossier.casefile.CaseFileException;
import dossier.casefile.ResearchWorkspace;
import dossier.casefile.Tagging;
import dossier.casefile.cli.WorkspaceCommand;
import dossier.cli.CommandContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(description = "Rename a tag; everything tagged with it keeps it (and is found under the new name).")
public final class TagsRenameCommand extends WorkspaceCommand {

    @Parameters(index = "0", paramLabel = "TAG", description = "The tag's id or path")
    private String tag;

    @Parameters(index = "1", paramLabel = "NAME", description = "Its new name")
    private String name;

    @Override
    protected int run(CommandContext context, ResearchWorkspace workspace) throws CaseFileException {
        Tagging tagging = new Tagging(workspace);
        tagging.renameTag(tagging.existingTag(tag), name);
        return 0;
    }
}
