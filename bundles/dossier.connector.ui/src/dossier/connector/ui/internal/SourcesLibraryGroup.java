package dossier.connector.ui.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.SourceItems;
import dossier.casefile.ui.library.LibraryGroup;
import dossier.casefile.ui.library.ModelWatch;
import dossier.connector.ConnectorDescriptor;
import dossier.connector.ConnectorRegistry;
import dossier.model.casefile.CasefilePackage.Literals;
import dossier.model.casefile.Source;

/** The Library's "Sources": each source with its connector and the items it has brought; opens it in the Sources view. */
public final class SourcesLibraryGroup implements LibraryGroup {

    @Override
    public List<Entry> entries(ResearchWorkspace workspace) throws Exception {
        List<Source> sources = workspace.readModel(() -> List.copyOf(workspace.model().getSources()));
        SourceItems counts = workspace.service(SourceItems.class);
        ConnectorRegistry connectors = SourceHandlers.connectors();
        List<Entry> entries = new ArrayList<>();
        for (Source source : sources) {
            int count = counts.count(source.getId());
            String connector = connectors.find(source.getConnectorId()).map(ConnectorDescriptor::label)
                    .orElse(source.getConnectorId());
            entries.add(new Entry(source.getId(), source.getName(), String.format(Locale.ROOT, "%s, %,d item%s",
                    connector, count, count == 1 ? "" : "s")));
        }
        return entries;
    }

    /** The entries change with the sources (added, removed, edited) and when a fetch brought items. */
    @Override
    public Runnable watch(ResearchWorkspace workspace, Runnable stale) {
        Runnable sources = ModelWatch.watch(workspace, Literals.WORKSPACE_MODEL__SOURCES, stale);
        Runnable fetches;
        try {
            fetches = workspace.service(SourceItems.class).addListener(stale);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return () -> {
            sources.run();
            fetches.run();
        };
    }

    @Override
    public void open(IWorkbenchPage page, ResearchWorkspace workspace, Entry entry) throws Exception {
        IViewPart view = page.showView(SourcesView.ID);
        workspace.source(entry.id()).ifPresent(source -> view.getSite().getSelectionProvider()
                .setSelection(new StructuredSelection(source)));
    }
}
