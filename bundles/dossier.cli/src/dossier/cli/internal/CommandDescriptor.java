package dossier.cli.internal;

import org.eclipse.core.runtime.IConfigurationElement;

import dossier.cli.DossierCommand;
import dossier.core.extensions.Contribution;

/** A contributed command, read from plugin.xml; its class is created by {@link #create()} when it runs. */
public final class CommandDescriptor extends Contribution<DossierCommand> {

    /** How a command uses the workspace. */
    public enum WorkspaceUse {
        NONE, LOCKED
    }

    private final String name;
    private final String summary;
    private final WorkspaceUse workspaceUse;

    CommandDescriptor(IConfigurationElement element) {
        super(element, DossierCommand.class, "command", "name");
        this.name = id().trim().replaceAll("\\s+", " ");
        this.summary = attribute("summary") == null ? "" : attribute("summary").trim();
        this.workspaceUse = "none".equals(attribute("workspace")) ? WorkspaceUse.NONE : WorkspaceUse.LOCKED;
    }

    public String name() {
        return name;
    }

    public String summary() {
        return summary;
    }

    public WorkspaceUse workspaceUse() {
        return workspaceUse;
    }

    @Override
    protected String subject() {
        return "command '" + name + "' cannot run";
    }
}
