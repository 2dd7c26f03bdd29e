package dossier.core.doctor;

import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.wiring.BundleRevision;

/**
 * The bundles installed in the running framework that did not resolve (a plugin whose dependencies are missing), each
 * with the framework's reason. Dossier runs without them; this says which and why.
 */
public final class UnresolvedBundles {

    /** One bundle left out, and why (the resolver's report, on one line). */
    public record Problem(String bundle, String version, String reason) {

        @Override
        public String toString() {
            return bundle + " " + version + ": " + reason;
        }
    }

    private UnresolvedBundles() {
    }

    /**
     * Asks the framework once more for each unresolved bundle (a transient start, honouring lazy activation) and
     * keeps its reason; a bundle that resolves now is no problem.
     */
    public static List<Problem> find(BundleContext context) {
        List<Problem> problems = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getState() != Bundle.INSTALLED) {
                continue;
            }
            BundleRevision revision = bundle.adapt(BundleRevision.class);
            if (revision != null && (revision.getTypes() & BundleRevision.TYPE_FRAGMENT) != 0) {
                problems.add(problem(bundle, "its host (" + bundle.getHeaders("").get(Constants.FRAGMENT_HOST)
                        + ") is missing or did not resolve"));
                continue;
            }
            try {
                bundle.start(Bundle.START_TRANSIENT | Bundle.START_ACTIVATION_POLICY);
            } catch (BundleException e) {
                problems.add(problem(bundle, e.getMessage() == null ? "the framework did not resolve it"
                        : e.getMessage().strip().lines().map(String::strip)
                                .filter(line -> !line.isEmpty() && !line.startsWith("Could not resolve module"))
                                .reduce((a, b) -> a + "; " + b).orElse(e.getMessage().strip())));
            } catch (IllegalStateException e) {
                problems.add(problem(bundle, "uninstalled while being checked"));
            }
        }
        return problems;
    }

    private static Problem problem(Bundle bundle, String reason) {
        return new Problem(bundle.getSymbolicName(), bundle.getVersion().toString(), reason);
    }
}
