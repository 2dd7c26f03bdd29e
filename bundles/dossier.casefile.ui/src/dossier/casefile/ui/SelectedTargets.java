package dossier.casefile.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;

import dossier.casefile.Target;
import dossier.model.casefile.Clip;

/**
 * The items and clips in a selection or a drag (Library items, clips of annotation views): elements that are or adapt
 * to {@link Target}, and {@link Clip}s.
 */
public final class SelectedTargets {

    private SelectedTargets() {
    }

    /** The items and clips of the selection, in its order; empty if it holds anything else. */
    public static List<Target> of(ISelection selection) {
        if (!(selection instanceof IStructuredSelection structured) || structured.isEmpty()) {
            return List.of();
        }
        List<Target> targets = new ArrayList<>();
        for (Object element : structured.toList()) {
            Target target = element instanceof Clip clip ? new Target(Target.Kind.CLIP, clip.getId(), clip.getExact())
                    : Adapters.adapt(element, Target.class);
            if (target == null || target.kind() == Target.Kind.CASE_FILE) {
                return List.of();
            }
            targets.add(target);
        }
        return targets;
    }
}
