package dossier.core.extensions;

import org.eclipse.core.runtime.IConfigurationElement;

/**
 * One contribution to an extension point, read at once into its id, label and icon; its class is created only when it
 * is first needed, with an error naming the class that cannot be.
 *
 * @param <T> the type the contributed class implements
 */
public class Contribution<T> {

    private final IConfigurationElement element;
    private final Class<T> type;
    private final String kind;
    private final String id;
    private final String label;
    private T shared;

    /**
     * @param kind what a message calls this contribution, e.g. {@code Library group}
     */
    protected Contribution(IConfigurationElement element, Class<T> type, String kind) {
        this(element, type, kind, "id");
    }

    /**
     * @param idAttribute the attribute that identifies a contribution, e.g. {@code name} for a command
     */
    protected Contribution(IConfigurationElement element, Class<T> type, String kind, String idAttribute) {
        this.element = element;
        this.type = type;
        this.kind = kind;
        this.id = element.getAttribute(idAttribute);
        this.label = element.getAttribute("label") == null ? id : element.getAttribute("label");
    }

    public String id() {
        return id;
    }

    /** The {@code label} attribute, else the id. */
    public String label() {
        return label;
    }

    /** The {@code icon} attribute: a path in the contributing bundle, or null. */
    public String icon() {
        return element.getAttribute("icon");
    }

    /** The symbolic name of the contributing bundle. */
    public String contributor() {
        return element.getContributor().getName();
    }

    /** Another attribute of the contribution, or null. */
    protected String attribute(String name) {
        return element.getAttribute(name);
    }

    /** How a failure to create the class names this contribution: {@code kind 'label'} unless overridden. */
    protected String subject() {
        return kind + " '" + label + "'";
    }

    /** A new instance of the contributed class. */
    public T create() throws Contributions.Failure {
        return Contributions.create(element, type, subject());
    }

    /** The instance of the contributed class, created on first use and then shared. */
    public synchronized T shared() throws Contributions.Failure {
        if (shared == null) {
            shared = create();
        }
        return shared;
    }
}
