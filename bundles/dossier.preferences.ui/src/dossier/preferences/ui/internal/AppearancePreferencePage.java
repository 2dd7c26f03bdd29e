package dossier.preferences.ui.internal;

import java.util.Arrays;
import java.util.TreeSet;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.ColorSelector;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.preferences.IWorkbenchPreferenceContainer;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.eclipse.ui.themes.ITheme;

/**
 * Window &gt; Preferences &gt; Dossier &gt; Appearance: the reader's font and the highlight of clips, with a preview.
 * They are the theme definitions {@code dossier.reader.font} and {@code dossier.reader.highlight}: Apply puts them in
 * the theme's registries (open readers follow at once) and keeps them where the workbench restores theme values from
 * at start, so the Colors and Fonts page (linked) shows and resets the same values.
 */
public final class AppearancePreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    /** The theme definitions of this bundle's plugin.xml, which the reader reads. */
    static final String READER_FONT = "dossier.reader.font";
    static final String HIGHLIGHT_COLOR = "dossier.reader.highlight";
    static final String COLORS_AND_FONTS_PAGE = "dossier.preferences.ui.colorsAndFontsPage";
    static final String PREVIEW = "Brands earn trust in drops and lose it in buckets. A clipped passage looks like"
            + " this, and the reader's text like the rest.";
    static final RGB DEFAULT_HIGHLIGHT = new RGB(255, 236, 140);
    private static final int MIN_SIZE = 6;
    private static final int MAX_SIZE = 48;

    private final IPreferenceStore workbenchStore = new ScopedPreferenceStore(InstanceScope.INSTANCE,
            "org.eclipse.ui.workbench");
    private Combo family;
    private Spinner size;
    private ColorSelector highlight;
    private StyledText preview;
    private Font previewFont;

    public AppearancePreferencePage() {
        setDescription("How the reader shows an item's text and its clips. Open readers change as you apply.");
    }

    /** The dialog saves it on OK. */
    @Override
    protected IPreferenceStore doGetPreferenceStore() {
        return workbenchStore;
    }

    @Override
    public void init(IWorkbench workbench) {
        // the values are read from the current theme when the page is created
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(page);

        new Label(page, SWT.NONE).setText("Reader font:");
        family = new Combo(page, SWT.READ_ONLY);
        family.setItems(fontFamilies());
        family.setToolTipText("The font family of an item's text in the reader");
        family.setVisibleItemCount(20);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(family);
        size = new Spinner(page, SWT.BORDER);
        size.setValues(10, MIN_SIZE, MAX_SIZE, 0, 1, 4);
        size.setToolTipText("The size of the reader's text, in points");
        family.addListener(SWT.Selection, e -> showPreview());
        size.addListener(SWT.Modify, e -> showPreview());

        new Label(page, SWT.NONE).setText("Clip highlight:");
        Composite colourRow = new Composite(page, SWT.NONE);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(colourRow);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(colourRow);
        highlight = new ColorSelector(colourRow);
        highlight.getButton().setToolTipText("The background of clips whose tags have no colour of their own (a tag's"
                + " colour is set in the Tags view)");
        new Label(colourRow, SWT.NONE).setText("for clips whose tags have no colour of their own");
        highlight.addListener(e -> showPreview());

        Label previewTitle = new Label(page, SWT.NONE);
        previewTitle.setText("Preview:");
        GridDataFactory.swtDefaults().span(3, 1).indent(0, 8).applyTo(previewTitle);
        preview = new StyledText(page, SWT.READ_ONLY | SWT.WRAP | SWT.BORDER);
        preview.setText(PREVIEW);
        preview.setMargins(8, 6, 8, 6);
        preview.setLineSpacing(4);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(360, 110).applyTo(preview);

        Link more = new Link(page, SWT.WRAP);
        more.setText("Every other font and colour of the workbench is on the <a>Colors and Fonts</a> page.");
        GridDataFactory.fillDefaults().span(3, 1).indent(0, 8).applyTo(more);
        more.addListener(SWT.Selection, e -> {
            if (getContainer() instanceof IWorkbenchPreferenceContainer container) {
                container.openPage(COLORS_AND_FONTS_PAGE, null);
            }
        });

        ITheme theme = theme();
        show(theme.getFontRegistry().getFontData(READER_FONT), theme.getColorRegistry()
                .getRGB(HIGHLIGHT_COLOR));
        return page;
    }

    private static ITheme theme() {
        return PlatformUI.getWorkbench().getThemeManager().getCurrentTheme();
    }

    private String[] fontFamilies() {
        TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (boolean scalable : new boolean[] { true, false }) {
            Arrays.stream(getShell().getDisplay().getFontList(null, scalable)).map(FontData::getName)
                    .filter(n -> !n.isBlank()).forEach(names::add);
        }
        return names.toArray(String[]::new);
    }

    private void show(FontData[] font, RGB colour) {
        FontData first = font[0];
        int index = family.indexOf(first.getName());
        if (index < 0) {
            family.add(first.getName(), 0);
            index = 0;
        }
        family.select(index);
        size.setSelection(Math.max(MIN_SIZE, Math.min(MAX_SIZE, first.getHeight())));
        highlight.setColorValue(colour == null ? DEFAULT_HIGHLIGHT : colour);
        showPreview();
    }

    private FontData[] chosenFont() {
        return new FontData[] { new FontData(family.getText(), size.getSelection(), SWT.NORMAL) };
    }

    /** The colour selector, whose button opens the system's colour dialog (which a UI test cannot drive). */
    public ColorSelector highlightSelector() {
        return highlight;
    }

    private void showPreview() {
        Font replaced = previewFont;
        previewFont = new Font(preview.getDisplay(), chosenFont());
        preview.setFont(previewFont);
        int start = PREVIEW.indexOf("A clipped passage");
        int end = PREVIEW.indexOf(',', start);
        preview.setStyleRange(new StyleRange(start, end - start, null, new Color(highlight.getColorValue())));
        if (replaced != null) {
            replaced.dispose();
        }
    }

    @Override
    protected void performDefaults() {
        show(JFaceResources.getDefaultFontDescriptor().getFontData(), DEFAULT_HIGHLIGHT);
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        FontData[] font = chosenFont();
        RGB colour = highlight.getColorValue();
        ITheme theme = theme();
        theme.getFontRegistry().put(READER_FONT, font);
        theme.getColorRegistry().put(HIGHLIGHT_COLOR, colour);
        if (Arrays.equals(font, JFaceResources.getDefaultFontDescriptor().getFontData())) {
            workbenchStore.setToDefault(READER_FONT);
        } else {
            PreferenceConverter.setValue(workbenchStore, READER_FONT, font);
        }
        if (colour.equals(DEFAULT_HIGHLIGHT)) {
            workbenchStore.setToDefault(HIGHLIGHT_COLOR);
        } else {
            PreferenceConverter.setValue(workbenchStore, HIGHLIGHT_COLOR, colour);
        }
        return true;
    }

    @Override
    public void dispose() {
        if (previewFont != null) {
            previewFont.dispose();
        }
        super.dispose();
    }
}
