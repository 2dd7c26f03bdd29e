package dossier.connector.ui.internal;

import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;

import dossier.connector.ConnectorRegistry;
import dossier.model.casefile.Source;

/** What the source commands share: the selected sources and the installed connectors. */
final class SourceHandlers {

    private SourceHandlers() {
    }

    static List<Source> selectedSources(ExecutionEvent event) {
        if (!(HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection)) {
            return List.of();
        }
        return selection.stream().filter(Source.class::isInstance).map(Source.class::cast).toList();
    }

    /** The installed connectors, read from the extension registry (no connector class is loaded). */
    static ConnectorRegistry connectors() {
        return ConnectorRegistry.platform();
    }
}
