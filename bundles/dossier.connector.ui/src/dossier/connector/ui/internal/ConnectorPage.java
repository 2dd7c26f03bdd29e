package dossier.connector.ui.internal;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import dossier.connector.ConnectorDescriptor;

/** The New Source wizard's first page: which connector brings the material (descriptors only; no connector class loads). */
final class ConnectorPage extends WizardPage {

    private final List<ConnectorDescriptor> connectors;
    private TableViewer table;
    private Label description;

    ConnectorPage(List<ConnectorDescriptor> connectors) {
        super("connector");
        this.connectors = connectors;
        setTitle("Choose a Connector");
        setMessage("Where does the material come from?");
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(page);
        LocalResourceManager images = new LocalResourceManager(JFaceResources.getResources(), page);
        table = new TableViewer(page, SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.setContentProvider(ArrayContentProvider.getInstance());
        table.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((ConnectorDescriptor) element).label();
            }

            @Override
            public Image getImage(Object element) {
                ConnectorDescriptor connector = (ConnectorDescriptor) element;
                return connector.icon() == null ? null
                        : ResourceLocator.imageDescriptorFromBundle(connector.contributor(), connector.icon())
                                .map(images::create).orElse(null);
            }
        });
        table.setInput(connectors);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 160).applyTo(table.getControl());
        description = new Label(page, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(description);
        if (connectors.isEmpty()) {
            setErrorMessage("No connector is installed; connector plugins add them.");
        }
        table.addSelectionChangedListener(event -> {
            ConnectorDescriptor chosen = chosen();
            description.setText(chosen == null ? "" : chosen.description());
            page.layout(true);
            setPageComplete(chosen != null);
        });
        table.addDoubleClickListener(event -> {
            if (isPageComplete()) {
                getContainer().showPage(getNextPage());
            }
        });
        setControl(page);
    }

    ConnectorDescriptor chosen() {
        return (ConnectorDescriptor) ((IStructuredSelection) table.getSelection()).getFirstElement();
    }
}
