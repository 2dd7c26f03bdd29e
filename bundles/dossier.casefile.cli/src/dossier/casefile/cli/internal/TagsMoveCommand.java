package dossier.casefile.cli.internal;

import dossier.casefile.CaseFileException;
import dossier.casefile.ResearchWorkspace;
import dossier.casefile.Tagging;
import dossier.casefile.cli.WorkspaceCommand;
import dossier.cli.CommandContext;
import dossier.model.casefile.Tag;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(description = "Move a tag, with the tags below it, under another tag or to the top of a tag scheme.")
public final class TagsMoveCommand extends WorkspaceCommand {

    @Parameters(paramLabel = "TAG", description = "The tag's id or path")
    private String tag;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Destination destination;

    static final class Destination {
        @Option(names = "--under", paramLabel = "TAG", description = "The new parent tag (id or path)")
        String parent;

        @Option(names = "--top", paramLabel = "SCHEME", description = "The top level of this tag scheme")
        String scheme;
    }

    @Override
    protected int run(CommandContext context, ResearchWorkspace workspace) throws CaseFileException {
        Tagging tagging = new Tagging(workspace);
        Tag moving = tagging.existingTag(tag);
        if (destination.parent != null) {
            tagging.moveTag(moving, tagging.existingTag(destination.parent), -1);
        } else {
            tagging.moveTag(moving, tagging.scheme(destination.scheme).orElseThrow(
                    () -> new CaseFileException("there is no tag scheme " + destination.scheme)), -1);
        }
        return 0;
    }
}
