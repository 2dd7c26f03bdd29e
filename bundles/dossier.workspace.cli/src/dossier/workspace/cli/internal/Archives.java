package dossier.workspace.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dossier.cli.CommandFailure;
import dossier.workspace.ArchiveException;
import dossier.workspace.ArchiveLimits;
import dossier.workspace.WorkspaceImport;

/** What the import commands share: the archive's checks and their one-line report. */
final class Archives {

    private Archives() {
    }

    static WorkspaceImport.Report importArchive(Path archive, Path into, boolean training, boolean requireTemplate)
            throws CommandFailure, IOException {
        if (!Files.isRegularFile(archive)) {
            throw new CommandFailure("no archive " + archive);
        }
        try {
            return new WorkspaceImport(archive, into, ArchiveLimits.DEFAULT).run(training, requireTemplate, null);
        } catch (ArchiveException e) {
            throw new CommandFailure(e.getMessage());
        }
    }

    static String describe(WorkspaceImport.Report report, Path into) {
        return String.format("imported %d case files and %d items into %s (written by Dossier %s; %s)",
                report.caseFiles(), report.items(), into, report.manifest().dossierVersion(), report.index());
    }
}
