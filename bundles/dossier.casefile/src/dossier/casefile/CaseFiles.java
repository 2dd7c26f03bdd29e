package dossier.casefile;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;

import dossier.model.Ids;
import dossier.model.ModelResources;
import dossier.model.casefile.CaseFile;
import dossier.model.casefile.CaseStatus;
import dossier.model.casefile.CasefileFactory;
import dossier.model.casefile.CasefilePackage.Literals;

/** Case files made, renamed, described, closed and deleted; items filed in them. */
final class CaseFiles extends WorkspaceRoom {

    CaseFiles(ResearchWorkspace workspace) {
        super(workspace);
    }

    CaseFile createCaseFile(String title) {
        if (workspace.caseFile(title).isPresent()) {
            throw new IllegalArgumentException("a case file named '" + title + "' exists");
        }
        CaseFile caseFile = CasefileFactory.eINSTANCE.createCaseFile();
        caseFile.setId(Ids.newId());
        caseFile.setTitle(title);
        caseFile.setStatus(CaseStatus.ACTIVE);
        Date now = new Date();
        caseFile.setCreated(now);
        caseFile.setModified(now);
        Path file = workspace.folder().resolve(ResearchWorkspace.MODEL_FOLDER).resolve(ModelResources.CASEFILES_FOLDER)
                .resolve(caseFile.getId() + "." + ModelResources.EXTENSION);
        Resource resource = ((ModelCommandStack) domain.getCommandStack())
                .changing(() -> workspace.resources.createResource(URI.createFileURI(file.toString())));
        resource.setTrackingModification(true);
        workspace.execute(new AddCommand(domain, resource.getContents(), caseFile));
        return caseFile;
    }

    void renameCaseFile(CaseFile caseFile, String title) {
        String wanted = title.strip();
        if (wanted.isEmpty()) {
            throw new IllegalArgumentException("a case file needs a title");
        }
        if (workspace.caseFile(wanted).filter(other -> other != caseFile).isPresent()) {
            throw new IllegalArgumentException("a case file named '" + wanted + "' exists");
        }
        CompoundCommand command = new CompoundCommand("rename case file");
        command.append(new SetCommand(domain, caseFile, Literals.CASE_FILE__TITLE, wanted));
        workspace.touch(command, caseFile);
        workspace.execute(command);
    }

    void describeCaseFile(CaseFile caseFile, String description) {
        String wanted = description == null || description.isBlank() ? null : XmlText.safe(description.strip());
        CompoundCommand command = new CompoundCommand("describe case file");
        command.append(new SetCommand(domain, caseFile, Literals.CASE_FILE__DESCRIPTION, wanted));
        workspace.touch(command, caseFile);
        workspace.execute(command);
    }

    void setStatus(CaseFile caseFile, CaseStatus status) {
        CompoundCommand command = new CompoundCommand("set case file status");
        command.append(new SetCommand(domain, caseFile, Literals.CASE_FILE__STATUS, status));
        workspace.touch(command, caseFile);
        workspace.execute(command);
    }

    void deleteCaseFile(CaseFile caseFile) {
        if (workspace.trainerMaterial.protects(caseFile)) {
            throw workspace.trainerMaterial.refusal("delete case file '" + caseFile.getTitle() + "'");
        }
        Resource resource = caseFile.eResource();
        workspace.execute(new RemoveCommand(domain, resource.getContents(), caseFile));
    }

    CaseFile caseFileNamed(String title) {
        return workspace.caseFile(title).orElseGet(() -> createCaseFile(title));
    }

    /** Adds items to a case file, tagged, as one command (the {@link Intake} files through this). */
    void fileItems(CaseFile caseFile, Collection<String> itemIds, List<String> tagPaths) {
        CompoundCommand command = new CompoundCommand("file items");
        for (String itemId : itemIds) {
            if (!workspace.holds(caseFile, itemId)) {
                command.append(new AddCommand(domain, caseFile, Literals.CASE_FILE__ITEM_IDS, itemId));
            }
        }
        workspace.annotations.appendTags(command, caseFile, itemIds, tagPaths);
        if (!command.isEmpty()) {
            workspace.touch(command, caseFile);
            workspace.execute(command);
        }
    }
}
