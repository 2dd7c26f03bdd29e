package dossier.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;

/**
 * Views declared without a bitmap icon (the Error Log, and every view without an icon, which gets
 * the platform's default) show an SVG in their tab. Drawing the first SVG loads the rasterizer:
 * JSVG and AWT, several hundred classes, on the UI thread before the first window shows. Tabs
 * use the PNG the same bundle ships beside the SVG; the rasterizer loads when an SVG is first
 * really needed (an opened view's toolbar, a dialog).
 */
final class BitmapTabIcons {

    private static final String SVG = ".svg";
    private static final String PNG = ".png";

    private BitmapTabIcons() {
    }

    /** Switches the window's part icons to their PNG siblings; call before the parts are rendered. */
    static void use(MWindow window, EModelService models) {
        for (MPart part : models.findElements(window, null, MPart.class, null,
                EModelService.ANYWHERE | EModelService.IN_SHARED_ELEMENTS)) {
            String icon = part.getIconURI();
            if (icon != null && icon.endsWith(SVG)) {
                String bitmap = icon.substring(0, icon.length() - SVG.length()) + PNG;
                if (exists(bitmap)) {
                    part.setIconURI(bitmap);
                }
            }
        }
    }

    private static boolean exists(String uri) {
        try (InputStream in = new URL(uri).openStream()) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
