package dossier.cli.internal;

import org.eclipse.core.runtime.IConfigurationElement;

import dossier.cli.CommandFailure;
import dossier.cli.DossierCommand;
import dossier.core.extensions.Contributions;

/** A contributed command, read from plugin.xml; its class is created on first use. */
public final class CommandDescriptor {

    /** How a command uses the workspace. */
    public enum WorkspaceUse {
        NONE, LOCKED
    }

    private final String name;
    private final String summary;
    private final WorkspaceUse workspaceUse;
    private final String contributor;
    private final IConfigurationElement element;

    CommandDescriptor(IConfigurationElement element) {
        this.element = element;
        this.name = normalize(element.getAttribute("name"));
        this.summary = element.getAttribute("summary") == null ? "" : element.getAttribute("summary").trim();
        this.workspaceUse = "none".equals(element.getAttribute("workspace")) ? WorkspaceUse.NONE : WorkspaceUse.LOCKED;
        this.contributor = element.getContributor().getName();
    }

    static String normalize(String name) {
        return name == null ? "" : name.trim().replaceAll("\\s+", " ");
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

    public String contributor() {
        return contributor;
    }

    /** Creates a new instance of the command's class. */
    public DossierCommand create() throws CommandFailure {
        try {
            return Contributions.create(element, DossierCommand.class, "command '" + name + "' cannot run");
        } catch (Contributions.Failure e) {
            throw new CommandFailure(e.getMessage(), e);
        }
    }
}
