package dossier.core.product;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/** Names and versions shown by {@code dossier version} and the About dialog. */
public final class ProductInfo {

    public static final String NAME = "Dossier";

    private ProductInfo() {
    }

    /** Dossier's version, e.g. {@code 0.1.0.v20261126-1300}. */
    public static String version() {
        Bundle bundle = FrameworkUtil.getBundle(ProductInfo.class);
        return bundle == null ? "unknown" : bundle.getVersion().toString();
    }

    /** The running Java, e.g. {@code 17.0.15 (Debian)}. */
    public static String javaVersion() {
        return System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vendor") + ")";
    }

    /** The OSGi framework's version. */
    public static String frameworkVersion() {
        Bundle bundle = FrameworkUtil.getBundle(ProductInfo.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        Bundle system = context == null ? null : context.getBundle(0);
        return system == null ? "unknown" : system.getSymbolicName() + " " + system.getVersion();
    }
}
