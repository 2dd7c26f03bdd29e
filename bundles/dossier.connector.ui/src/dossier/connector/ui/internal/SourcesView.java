package dossier.connector.ui.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.DateFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobFunction;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.SourceItems;
import dossier.connector.WorkspaceSources;
import dossier.casefile.ui.WorkspaceSession;
import dossier.connector.ConnectorDescriptor;
import dossier.connector.ConnectorRegistry;
import dossier.model.casefile.FetchResult;
import dossier.model.casefile.Source;
import dossier.model.casefile.WorkspaceModel;

/**
 * The workspace's sources: connector, schedule, how the last fetch went, and how many items each
 * has brought over all its fetches (counted in a job; the last fetch's share in the tooltip). New Source..., Refresh Now (F5), Edit Source... (double-click) and Remove (Delete) are
 * commands in the toolbar and the context menu.
 */
public final class SourcesView extends ViewPart {

    public static final String ID = "dossier.connector.ui.sourcesView";
    static final String CONTEXT = "dossier.connector.ui.sourcesViewContext";
    static final String EMPTY_TEXT = "No sources yet. A source brings material in by itself: a feed, a web page,"
            + " a Mastodon hashtag or account.\n\nNew Source... in this view's toolbar (or File > New Source...)"
            + " adds one; Refresh Now (F5) fetches it.";

    private Composite pages;
    private StackLayout stack;
    private Label message;
    private Composite table;
    private TableViewer viewer;
    /** The message the view was last laid out for; null while the table shows. */
    private String shownMessage;
    private WorkspaceSession session;
    private final Runnable refresher = this::refresh;
    private final Runnable fetchListener = this::refresh;
    private Runnable fetchListenerRemover = () -> {
    };
    private SourceItems counts;
    private WorkspaceSources sources;
    private Job counting;

    @Override
    public void createPartControl(Composite parent) {
        session = getSite().getService(WorkspaceSession.class);
        pages = new Composite(parent, SWT.NONE);
        stack = new StackLayout();
        pages.setLayout(stack);
        message = createMessage(pages);
        table = new Composite(pages, SWT.NONE);
        TableColumnLayout columns = new TableColumnLayout();
        table.setLayout(columns);
        viewer = new TableViewer(table, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider((IStructuredContentProvider) input -> ((WorkspaceModel) input).getSources()
                .toArray());
        ColumnViewerToolTipSupport.enableFor(viewer);
        column(columns, "Name", 4, 80, Source::getName);
        ConnectorRegistry connectors = SourceHandlers.connectors();
        column(columns, "Connector", 2, 80, s -> connectors.find(s.getConnectorId()).map(ConnectorDescriptor::label)
                .orElse(s.getConnectorId() + " (not installed)"));
        column(columns, "Refresh", 3, 70, s -> Schedule.describe(s.getSchedule()));
        TableViewerColumn last = column(columns, "Last fetch", 8, 120, this::lastFetch);
        last.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return lastFetch((Source) element);
            }

            @Override
            public Image getImage(Object element) {
                FetchResult result = ((Source) element).getLastFetch();
                return result == null || result.isOk() || sources.isFetching((Source) element) ? null
                        : PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_ERROR_TSK);
            }

            @Override
            public String getToolTipText(Object element) {
                return lastFetch((Source) element);
            }
        });
        TableViewerColumn items = column(columns, "Items", 1, 50, this::items);
        items.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return SourcesView.this.items((Source) element);
            }

            @Override
            public String getToolTipText(Object element) {
                return itemsToolTip((Source) element);
            }
        });
        viewer.addDoubleClickListener(event -> {
            try {
                getSite().getService(IHandlerService.class).executeCommand(EditSourceHandler.COMMAND, null);
            } catch (ExecutionException | NotDefinedException | NotEnabledException | NotHandledException e) {
                ILog.of(SourcesView.class).error("Cannot edit the source: " + e.getMessage(), e);
            }
        });
        getSite().setSelectionProvider(viewer);
        MenuManager menu = new MenuManager();
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(menu, viewer);
        getSite().getService(IContextService.class).activateContext(CONTEXT);
        show(message);
        session.addChangeListener(refresher);
        session.whenOpen(workspace -> {
            try {
                counts = workspace.service(SourceItems.class);
                sources = WorkspaceSources.of(workspace);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            fetchListenerRemover = sources.addFetchListener(fetchListener);
            Display display = parent.getDisplay();
            counting = Job.create("Counting the items of the sources",
                    (IJobFunction) monitor -> countItems(workspace, display));
            counting.setSystem(true);
            refresh();
        });
    }

    private interface Text {
        String of(Source source);
    }

    private TableViewerColumn column(TableColumnLayout layout, String title, int weight, int minimumWidth,
            Text text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.of((Source) element);
            }
        });
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, minimumWidth));
        return column;
    }

    /** How many items the source has brought over all its fetches; "..." while they are being counted. */
    private String items(Source source) {
        Integer total = counts.known(source.getId());
        return total == null ? "..." : String.format("%,d", total);
    }

    private String itemsToolTip(Source source) {
        Integer total = counts.known(source.getId());
        FetchResult last = source.getLastFetch();
        return (total == null ? "Counting the items" : String.format("%,d items from this source in the store", total))
                + (last == null ? "" : String.format("; the last fetch brought %,d (%s)", last.getItemCount(),
                        last.getMessage()));
    }

    /**
     * Runs in the counting job: reads the counts not known (a new source, one fetched since), shared with the Library,
     * then shows them.
     */
    private IStatus countItems(ResearchWorkspace workspace, Display display) {
        List<String> sourceIds = workspace.readModel(() -> workspace.model().getSources().stream().map(Source::getId)
                .toList());
        for (String sourceId : sourceIds) {
            try {
                counts.count(sourceId);
            } catch (IOException e) {
                ILog.of(SourcesView.class).error("Cannot count the items of a source: " + e.getMessage(), e);
            }
        }
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                if (!viewer.getControl().isDisposed()) {
                    viewer.refresh();
                }
            });
        }
        return Status.OK_STATUS;
    }

    /** "fetching...", "never", or how the last fetch went and when. */
    private String lastFetch(Source source) {
        if (sources.isFetching(source)) {
            return "fetching...";
        }
        FetchResult result = source.getLastFetch();
        if (result == null) {
            return "never";
        }
        return result.getMessage() + (result.getTime() == null ? "" : " (" + when(result.getTime()) + ")");
    }

    /** The time of day for today, else the date and time. */
    private static String when(Date time) {
        boolean today = LocalDate.ofInstant(time.toInstant(), ZoneId.systemDefault()).equals(LocalDate.now());
        return (today ? DateFormat.getTimeInstance(DateFormat.SHORT)
                : DateFormat.getDateTimeInstance(DateFormat.SHORT, DateFormat.SHORT)).format(time);
    }

    private static Label createMessage(Composite parent) {
        Composite holder = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().margins(16, 16).applyTo(holder);
        Label label = new Label(holder, SWT.WRAP);
        label.setText("Opening the workspace...");
        label.setFont(JFaceResources.getDialogFont());
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(label);
        return label;
    }

    /** Shows the page; lays the view out again only when the page or the message changed (not on every refresh). */
    private void show(Control page) {
        Control top = page == message ? message.getParent() : page;
        String text = page == message ? message.getText() : null;
        if (stack.topControl != top || !Objects.equals(text, shownMessage)) {
            stack.topControl = top;
            shownMessage = text;
            pages.layout(true, true);
        }
    }

    private void refresh() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        ResearchWorkspace workspace = session.workspace();
        if (workspace == null) {
            message.setText(session.notOpenMessage());
            show(message);
            return;
        }
        if (workspace.model().getSources().isEmpty()) {
            message.setText(EMPTY_TEXT);
            show(message);
            return;
        }
        if (viewer.getInput() != workspace.model()) {
            viewer.setInput(workspace.model());
        } else {
            viewer.refresh();
        }
        if (workspace.model().getSources().stream().anyMatch(source -> counts.known(source.getId()) == null)) {
            counting.schedule();
        }
        show(table);
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        session.removeChangeListener(refresher);
        fetchListenerRemover.run();
        super.dispose();
    }
}
