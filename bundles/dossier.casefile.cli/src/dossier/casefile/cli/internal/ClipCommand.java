package dossier.casefile.cli.internal;

import java.util.ArrayList;
import java.util.List;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.cli.WorkspaceCommand;
import dossier.cli.CommandContext;
import dossier.cli.CommandFailure;
import dossier.model.casefile.CaseFile;
import dossier.model.casefile.Clip;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(description = { "Clip a passage of an item into a case file; prints the clip's id.",
        "The quote must occur exactly once in the item's text (whitespace and typographic quotes are ignored"
                + " when comparing). The clip keeps the quote with its context and position, so it re-anchors"
                + " when the item is captured again." })
public final class ClipCommand extends WorkspaceCommand {

    @Parameters(paramLabel = "ITEM-ID", description = "The item to clip from")
    private String itemId;

    @Option(names = "--quote", required = true, paramLabel = "TEXT", description = "The passage to clip")
    private String quote;

    @Option(names = "--case", paramLabel = "NAME", description = "Case file for the clip (default: the one that"
            + " holds the item, else the Inbox)")
    private String caseName;

    @Option(names = "--tag", paramLabel = "TAG", description = "Tag for the clip; repeatable")
    private List<String> tags = new ArrayList<>();

    @Option(names = "--note", paramLabel = "TEXT", description = "A note on the clip")
    private String note;

    @Override
    protected int run(CommandContext context, ResearchWorkspace workspace) throws Exception {
        CaseFile caseFile;
        if (caseName != null) {
            caseFile = workspace.caseFileNamed(caseName);
        } else {
            List<CaseFile> holders = workspace.caseFilesHolding(itemId);
            if (holders.size() > 1) {
                throw new CommandFailure("item " + itemId + " is in " + holders.size() + " case files; choose one"
                        + " with --case");
            }
            caseFile = holders.isEmpty() ? workspace.caseFileNamed(ResearchWorkspace.INBOX) : holders.get(0);
        }
        Clip clip = workspace.clip(itemId, quote, caseFile, tags, note);
        context.out().println(clip.getId());
        return 0;
    }
}
