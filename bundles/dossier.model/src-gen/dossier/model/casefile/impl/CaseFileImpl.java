/**
 */
package dossier.model.casefile.impl;

import dossier.model.casefile.CaseFile;
import dossier.model.casefile.CaseStatus;
import dossier.model.casefile.CasefilePackage;
import dossier.model.casefile.Clip;
import dossier.model.casefile.CrossReference;
import dossier.model.casefile.Note;
import dossier.model.casefile.TagAssignment;

import java.util.Collection;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Case File</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dossier.model.casefile.impl.CaseFileImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link dossier.model.casefile.impl.CaseFileImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link dossier.model.casefile.impl.CaseFileImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link dossier.model.casefile.impl.CaseFileImpl#getCreated <em>Created</em>}</li>
 *   <li>{@link dossier.model.casefile.impl.CaseFileImpl#getModified <em>Modified</em>}</li>
 *   <li>{@link dossier.model.casefile.impl.CaseFileImpl#getItemIds <em>Item Ids</em>}</li>
 *   <li>{@link dossier.model.casefile.impl.CaseFileImpl#getClips <em>Clips</em>}</li>
 *   <li>{@link dossier.model.casefile.impl.CaseFileImpl#getNotes <em>Notes</em>}</li>
 *   <li>{@link dossier.model.casefile.impl.CaseFileImpl#getCrossReferences <em>Cross References</em>}</li>
 *   <li>{@link dossier.model.casefile.impl.CaseFileImpl#getTagAssignments <em>Tag Assignments</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CaseFileImpl extends IdentifiedImpl implements CaseFile {
	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final CaseStatus STATUS_EDEFAULT = CaseStatus.ACTIVE;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected CaseStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected static final Date CREATED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected Date created = CREATED_EDEFAULT;

	/**
	 * The default value of the '{@link #getModified() <em>Modified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModified()
	 * @generated
	 * @ordered
	 */
	protected static final Date MODIFIED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getModified() <em>Modified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModified()
	 * @generated
	 * @ordered
	 */
	protected Date modified = MODIFIED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getItemIds() <em>Item Ids</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItemIds()
	 * @generated
	 * @ordered
	 */
	protected EList<String> itemIds;

	/**
	 * The cached value of the '{@link #getClips() <em>Clips</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClips()
	 * @generated
	 * @ordered
	 */
	protected EList<Clip> clips;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected EList<Note> notes;

	/**
	 * The cached value of the '{@link #getCrossReferences() <em>Cross References</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCrossReferences()
	 * @generated
	 * @ordered
	 */
	protected EList<CrossReference> crossReferences;

	/**
	 * The cached value of the '{@link #getTagAssignments() <em>Tag Assignments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTagAssignments()
	 * @generated
	 * @ordered
	 */
	protected EList<TagAssignment> tagAssignments;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CaseFileImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CasefilePackage.Literals.CASE_FILE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasefilePackage.CASE_FILE__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasefilePackage.CASE_FILE__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CaseStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(CaseStatus newStatus) {
		CaseStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasefilePackage.CASE_FILE__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getCreated() {
		return created;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreated(Date newCreated) {
		Date oldCreated = created;
		created = newCreated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasefilePackage.CASE_FILE__CREATED, oldCreated, created));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getModified() {
		return modified;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModified(Date newModified) {
		Date oldModified = modified;
		modified = newModified;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasefilePackage.CASE_FILE__MODIFIED, oldModified, modified));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<String> getItemIds() {
		if (itemIds == null) {
			itemIds = new EDataTypeEList<String>(String.class, this, CasefilePackage.CASE_FILE__ITEM_IDS);
		}
		return itemIds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<Clip> getClips() {
		if (clips == null) {
			clips = new EObjectContainmentEList<Clip>(Clip.class, this, CasefilePackage.CASE_FILE__CLIPS);
		}
		return clips;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<Note> getNotes() {
		if (notes == null) {
			notes = new EObjectContainmentEList<Note>(Note.class, this, CasefilePackage.CASE_FILE__NOTES);
		}
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<CrossReference> getCrossReferences() {
		if (crossReferences == null) {
			crossReferences = new EObjectContainmentEList<CrossReference>(CrossReference.class, this, CasefilePackage.CASE_FILE__CROSS_REFERENCES);
		}
		return crossReferences;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<TagAssignment> getTagAssignments() {
		if (tagAssignments == null) {
			tagAssignments = new EObjectContainmentEList<TagAssignment>(TagAssignment.class, this, CasefilePackage.CASE_FILE__TAG_ASSIGNMENTS);
		}
		return tagAssignments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CasefilePackage.CASE_FILE__CLIPS:
				return ((InternalEList<?>)getClips()).basicRemove(otherEnd, msgs);
			case CasefilePackage.CASE_FILE__NOTES:
				return ((InternalEList<?>)getNotes()).basicRemove(otherEnd, msgs);
			case CasefilePackage.CASE_FILE__CROSS_REFERENCES:
				return ((InternalEList<?>)getCrossReferences()).basicRemove(otherEnd, msgs);
			case CasefilePackage.CASE_FILE__TAG_ASSIGNMENTS:
				return ((InternalEList<?>)getTagAssignments()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CasefilePackage.CASE_FILE__TITLE:
				return getTitle();
			case CasefilePackage.CASE_FILE__DESCRIPTION:
				return getDescription();
			case CasefilePackage.CASE_FILE__STATUS:
				return getStatus();
			case CasefilePackage.CASE_FILE__CREATED:
				return getCreated();
			case CasefilePackage.CASE_FILE__MODIFIED:
				return getModified();
			case CasefilePackage.CASE_FILE__ITEM_IDS:
				return getItemIds();
			case CasefilePackage.CASE_FILE__CLIPS:
				return getClips();
			case CasefilePackage.CASE_FILE__NOTES:
				return getNotes();
			case CasefilePackage.CASE_FILE__CROSS_REFERENCES:
				return getCrossReferences();
			case CasefilePackage.CASE_FILE__TAG_ASSIGNMENTS:
				return getTagAssignments();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CasefilePackage.CASE_FILE__TITLE:
				setTitle((String)newValue);
				return;
			case CasefilePackage.CASE_FILE__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case CasefilePackage.CASE_FILE__STATUS:
				setStatus((CaseStatus)newValue);
				return;
			case CasefilePackage.CASE_FILE__CREATED:
				setCreated((Date)newValue);
				return;
			case CasefilePackage.CASE_FILE__MODIFIED:
				setModified((Date)newValue);
				return;
			case CasefilePackage.CASE_FILE__ITEM_IDS:
				getItemIds().clear();
				getItemIds().addAll((Collection<? extends String>)newValue);
				return;
			case CasefilePackage.CASE_FILE__CLIPS:
				getClips().clear();
				getClips().addAll((Collection<? extends Clip>)newValue);
				return;
			case CasefilePackage.CASE_FILE__NOTES:
				getNotes().clear();
				getNotes().addAll((Collection<? extends Note>)newValue);
				return;
			case CasefilePackage.CASE_FILE__CROSS_REFERENCES:
				getCrossReferences().clear();
				getCrossReferences().addAll((Collection<? extends CrossReference>)newValue);
				return;
			case CasefilePackage.CASE_FILE__TAG_ASSIGNMENTS:
				getTagAssignments().clear();
				getTagAssignments().addAll((Collection<? extends TagAssignment>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CasefilePackage.CASE_FILE__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case CasefilePackage.CASE_FILE__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case CasefilePackage.CASE_FILE__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case CasefilePackage.CASE_FILE__CREATED:
				setCreated(CREATED_EDEFAULT);
				return;
			case CasefilePackage.CASE_FILE__MODIFIED:
				setModified(MODIFIED_EDEFAULT);
				return;
			case CasefilePackage.CASE_FILE__ITEM_IDS:
				getItemIds().clear();
				return;
			case CasefilePackage.CASE_FILE__CLIPS:
				getClips().clear();
				return;
			case CasefilePackage.CASE_FILE__NOTES:
				getNotes().clear();
				return;
			case CasefilePackage.CASE_FILE__CROSS_REFERENCES:
				getCrossReferences().clear();
				return;
			case CasefilePackage.CASE_FILE__TAG_ASSIGNMENTS:
				getTagAssignments().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CasefilePackage.CASE_FILE__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case CasefilePackage.CASE_FILE__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case CasefilePackage.CASE_FILE__STATUS:
				return status != STATUS_EDEFAULT;
			case CasefilePackage.CASE_FILE__CREATED:
				return CREATED_EDEFAULT == null ? created != null : !CREATED_EDEFAULT.equals(created);
			case CasefilePackage.CASE_FILE__MODIFIED:
				return MODIFIED_EDEFAULT == null ? modified != null : !MODIFIED_EDEFAULT.equals(modified);
			case CasefilePackage.CASE_FILE__ITEM_IDS:
				return itemIds != null && !itemIds.isEmpty();
			case CasefilePackage.CASE_FILE__CLIPS:
				return clips != null && !clips.isEmpty();
			case CasefilePackage.CASE_FILE__NOTES:
				return notes != null && !notes.isEmpty();
			case CasefilePackage.CASE_FILE__CROSS_REFERENCES:
				return crossReferences != null && !crossReferences.isEmpty();
			case CasefilePackage.CASE_FILE__TAG_ASSIGNMENTS:
				return tagAssignments != null && !tagAssignments.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (title: "); //$NON-NLS-1$
		result.append(title);
		result.append(", description: "); //$NON-NLS-1$
		result.append(description);
		result.append(", status: "); //$NON-NLS-1$
		result.append(status);
		result.append(", created: "); //$NON-NLS-1$
		result.append(created);
		result.append(", modified: "); //$NON-NLS-1$
		result.append(modified);
		result.append(", itemIds: "); //$NON-NLS-1$
		result.append(itemIds);
		result.append(')');
		return result.toString();
	}

} //CaseFileImpl
