package dossier.core.extensions;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;

/**
 * Creates the class a plug-in contributes, the way every Dossier extension point does it: on
 * first use, with an error that names the class and the bundle when it cannot be created.
 */
public final class Contributions {

    private Contributions() {
    }

    /** A contribution's class could not be created; the message names it and says why. */
    public static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;

        Failure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Creates the class named by {@code element}'s {@code class} attribute.
     *
     * @param what how to name the contribution in a message, e.g. {@code command 'index rebuild'}
     */
    public static <T> T create(IConfigurationElement element, Class<T> type, String what) throws Failure {
        String className = element.getAttribute("class");
        String bundle = element.getContributor().getName();
        Object created;
        try {
            created = element.createExecutableExtension("class");
        } catch (CoreException | RuntimeException | LinkageError e) {
            Throwable cause = e instanceof CoreException ce && ce.getStatus().getException() != null
                    ? ce.getStatus().getException()
                    : e;
            throw new Failure(what + ": class " + className + " from bundle " + bundle + " failed to load (" + cause
                    + ")", e);
        }
        if (!type.isInstance(created)) {
            throw new Failure(what + ": class " + className + " from bundle " + bundle + " does not implement "
                    + type.getName(), null);
        }
        return type.cast(created);
    }
}
