package dossier.casefile.ui.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.ui.WorkspaceSession;
import dossier.model.casefile.AnchorState;
import dossier.model.casefile.CaseFile;
import dossier.model.casefile.Clip;
import dossier.model.casefile.TagAssignment;
import dossier.store.StoredItem;

/**
 * Reads a captured item: its clean text, with its clips highlighted. Select a passage and Clip
 * Selection (Ctrl+Shift+C, or the context menu) files it in a case file with tags and a note. Show
 * Original switches to the sanitized original (HTML laid out as styled text: no WebKitGTK is needed
 * for SWT's Browser); Open Original in Browser hands its address to the desktop.
 */
public final class ReaderEditor extends EditorPart {

    public static final String ID = "dossier.casefile.ui.readerEditor";
    static final String CONTEXT_MENU_ID = ID + ".context";
    /** Theme definitions (Preferences &gt; Dossier &gt; Appearance); JFace's defaults while none is installed. */
    public static final String READER_FONT = "dossier.reader.font";
    public static final String HIGHLIGHT_COLOR = "dossier.reader.highlight";

    private Composite pages;
    private final StackLayout stack = new StackLayout();
    private StyledText text;
    private StyledText original;
    private boolean originalShown;
    private volatile String url;
    private Color highlight;
    private WorkspaceSession session;
    private final Runnable refresher = this::highlightClips;
    private final IPropertyChangeListener appearanceChanged = event -> {
        if (READER_FONT.equals(event.getProperty()) || HIGHLIGHT_COLOR.equals(event.getProperty())) {
            applyAppearance();
        }
    };
    private boolean loaded;
    private final List<Runnable> loadListeners = new ArrayList<>();

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        session = site.getService(WorkspaceSession.class);
        if (!(input instanceof ItemEditorInput)) {
            throw new PartInitException("The reader opens captured items, not " + input.getName());
        }
        setSite(site);
        setInput(input);
        setPartName(input.getName());
        setTitleToolTip(input.getToolTipText());
    }

    public String itemId() {
        return ((ItemEditorInput) getEditorInput()).itemId();
    }

    @Override
    public void createPartControl(Composite parent) {
        pages = new Composite(parent, SWT.NONE);
        pages.setLayout(stack);
        text = newTextWidget();
        text.setText("Loading...");
        stack.topControl = text;
        highlight = highlightColor();
        JFaceResources.getFontRegistry().addListener(appearanceChanged);
        JFaceResources.getColorRegistry().addListener(appearanceChanged);
        MenuManager menu = new MenuManager(null, CONTEXT_MENU_ID);
        text.setMenu(menu.createContextMenu(text));
        getSite().registerContextMenu(CONTEXT_MENU_ID, menu, new NoSelection());
        session.addChangeListener(refresher);
        session.whenOpen(this::load);
    }

    private static Color highlightColor() {
        RGB highlighted = JFaceResources.getColorRegistry().getRGB(HIGHLIGHT_COLOR);
        return new Color(highlighted == null ? new RGB(255, 236, 140) : highlighted);
    }

    /** Follows Preferences &gt; Dossier &gt; Appearance while open. */
    private void applyAppearance() {
        if (text == null || text.isDisposed()) {
            return;
        }
        text.setFont(JFaceResources.getFont(READER_FONT));
        if (original != null) {
            original.setFont(JFaceResources.getFont(READER_FONT));
        }
        Color replaced = highlight;
        highlight = highlightColor();
        highlightClips();
        replaced.dispose();
    }

    private StyledText newTextWidget() {
        StyledText widget = new StyledText(pages, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        widget.setMargins(24, 16, 24, 16);
        widget.setLineSpacing(4);
        widget.setFont(JFaceResources.getFont(READER_FONT));
        return widget;
    }

    /** Reads the item's text (and its address) in a job; the UI shows it when it arrives. */
    private void load(ResearchWorkspace workspace) {
        String id = itemId();
        Job reading = Job.create("Reading " + getPartName(), (IProgressMonitor monitor) -> {
            String content;
            try {
                content = workspace.store().text(id);
                url = workspace.store().item(id).map(StoredItem::url).orElse(null);
            } catch (IOException | RuntimeException e) {
                content = "This item cannot be read: " + e.getMessage();
            }
            String shown = content == null ? "(this item has no text)" : content;
            text.getDisplay().asyncExec(() -> {
                if (!text.isDisposed()) {
                    text.setText(shown);
                    loaded = true;
                    highlightClips();
                    List.copyOf(loadListeners).forEach(Runnable::run);
                }
            });
            return Status.OK_STATUS;
        });
        reading.setSystem(true);
        reading.schedule();
    }

    /** The clips on this item, from every case file. */
    List<Clip> clips() {
        ResearchWorkspace workspace = session.workspace();
        List<Clip> clips = new ArrayList<>();
        if (workspace != null) {
            for (CaseFile caseFile : workspace.caseFiles()) {
                caseFile.getClips().stream().filter(c -> c.getItemId().equals(itemId())).forEach(clips::add);
            }
        }
        clips.sort((a, b) -> Integer.compare(a.getStart(), b.getStart()));
        return clips;
    }

    private void highlightClips() {
        if (text == null || text.isDisposed() || !loaded) {
            return;
        }
        List<StyleRange> ranges = new ArrayList<>();
        int covered = 0;
        for (Clip clip : clips()) {
            int start = Math.max(clip.getStart(), covered);
            int end = Math.min(clip.getEnd(), text.getCharCount());
            if (clip.getState() == AnchorState.ORPHANED || start >= end) {
                continue;
            }
            StyleRange range = new StyleRange(start, end - start, null, colourOf(clip));
            ranges.add(range);
            covered = end;
        }
        text.setStyleRanges(ranges.toArray(StyleRange[]::new));
    }

    /** The colour of the clip's first coloured tag, else the reader's highlight (Preferences &gt; Appearance). */
    private Color colourOf(Clip clip) {
        if (clip.eContainer() instanceof CaseFile caseFile) {
            for (TagAssignment assignment : caseFile.getTagAssignments()) {
                if (clip.getId().equals(assignment.getTargetId()) && assignment.getTag() != null
                        && assignment.getTag().getColour() != null) {
                    int rgb = Integer.parseInt(assignment.getTag().getColour().substring(1), 16); // #rrggbb
                    return new Color(rgb >> 16, rgb >> 8 & 0xff, rgb & 0xff);
                }
            }
        }
        return highlight;
    }

    /** The selected passage of the clean text as [start, end), or null when nothing is selected. */
    Point selection() {
        Point selection = text.getSelection();
        return loaded && !showsOriginal() && selection.y > selection.x ? selection : null;
    }

    /** True while the reader shows the item's original instead of its clean text. */
    boolean showsOriginal() {
        return original != null && stack.topControl == original;
    }

    /** Switches between the clean text and the sanitized original. */
    void toggleOriginal() {
        if (showsOriginal()) {
            showText();
        } else {
            showOriginal();
        }
    }

    private void showText() {
        show(text);
    }

    private void showOriginal() {
        if (original == null) {
            original = newTextWidget();
            original.setText("Loading the original...");
            loadOriginal();
        }
        show(original);
    }

    private void show(StyledText page) {
        if (stack.topControl != page) {
            stack.topControl = page;
            pages.layout();
            page.setFocus();
        }
    }

    /** Reads and lays out the original in a job: sanitized HTML as styled text, anything else as it is. */
    private void loadOriginal() {
        ResearchWorkspace workspace = session.workspace();
        String id = itemId();
        Job reading = Job.create("Reading the original of " + getPartName(), (IProgressMonitor monitor) -> {
            OriginalText laidOut;
            try {
                StoredItem item = workspace.store().item(id).orElseThrow(() -> new IOException("it is not in the store"));
                laidOut = OriginalText.of(item.mediaType(), workspace.store().original(id), item.url());
            } catch (IOException | RuntimeException e) {
                laidOut = new OriginalText("The original cannot be read: " + e.getMessage(), List.of());
            }
            OriginalText shown = laidOut;
            original.getDisplay().asyncExec(() -> showOriginal(shown));
            return Status.OK_STATUS;
        });
        reading.setSystem(true);
        reading.schedule();
    }

    private void showOriginal(OriginalText shown) {
        if (original.isDisposed()) {
            return;
        }
        original.setText(shown.text());
        for (OriginalText.Span span : shown.spans()) {
            StyleRange range = new StyleRange();
            range.start = span.start();
            range.length = span.length();
            switch (span.style()) {
            case HEADING -> range.font = JFaceResources.getHeaderFont();
            case STRONG -> range.fontStyle = SWT.BOLD;
            case EMPHASIS -> range.fontStyle = SWT.ITALIC;
            case LINK -> {
                range.underline = true;
                range.foreground = original.getDisplay().getSystemColor(SWT.COLOR_LINK_FOREGROUND);
            }
            case QUOTE -> {
                range.fontStyle = SWT.ITALIC;
                range.foreground = original.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
            }
            case CODE -> range.font = JFaceResources.getTextFont();
            }
            original.setStyleRange(range);
        }
        originalShown = true;
    }

    /** True once the original has been read and laid out. */
    boolean isOriginalShown() {
        return originalShown;
    }

    StyledText originalWidget() {
        return original;
    }

    /** The item's address (its URL, or the file it was imported from), or null if it has none or is loading. */
    String url() {
        return url;
    }

    boolean isLoaded() {
        return loaded;
    }

    void addLoadListener(Runnable listener) {
        loadListeners.add(listener);
    }

    void removeLoadListener(Runnable listener) {
        loadListeners.remove(listener);
    }

    /** Shows and selects the word at {@code offset}. */
    void reveal(int offset) {
        if (loaded && offset >= 0 && offset < text.getCharCount()) {
            showText();
            text.setSelection(offset);
            text.showSelection();
            text.setFocus();
        }
    }

    /** Selects and shows [start, end) of the text, once it is loaded. */
    void revealRange(int start, int end) {
        if (!loaded) {
            addLoadListener(new Runnable() {
                @Override
                public void run() {
                    removeLoadListener(this);
                    revealRange(start, end);
                }
            });
            return;
        }
        if (start >= 0 && end <= text.getCharCount() && start < end) {
            showText();
            text.setSelection(start, end);
            text.showSelection();
            text.setFocus();
        }
    }

    /** The item's text as shown. */
    String text() {
        return text.getText();
    }

    String selectedText() {
        return text.getSelectionText();
    }

    StyledText textWidget() {
        return text;
    }

    @Override
    public void setFocus() {
        stack.topControl.setFocus();
    }

    @Override
    public void dispose() {
        session.removeChangeListener(refresher);
        JFaceResources.getFontRegistry().removeListener(appearanceChanged);
        JFaceResources.getColorRegistry().removeListener(appearanceChanged);
        if (highlight != null) {
            highlight.dispose();
        }
        super.dispose();
    }

    /** The reader offers no object selection to others; its text selection is read directly. */
    private static final class NoSelection implements ISelectionProvider {
        @Override
        public void addSelectionChangedListener(ISelectionChangedListener listener) {
            // nothing changes
        }

        @Override
        public ISelection getSelection() {
            return StructuredSelection.EMPTY;
        }

        @Override
        public void removeSelectionChangedListener(ISelectionChangedListener listener) {
            // nothing changes
        }

        @Override
        public void setSelection(ISelection selection) {
            // nothing to select
        }
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        // the workspace saves itself after every change
    }

    @Override
    public void doSaveAs() {
        // nothing to save as
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }
}
