/**
 */
package dossier.model.casefile.impl;

import dossier.model.casefile.CasefilePackage;
import dossier.model.casefile.CrossReference;
import dossier.model.casefile.LinkType;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Cross Reference</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dossier.model.casefile.impl.CrossReferenceImpl#getFromId <em>From Id</em>}</li>
 *   <li>{@link dossier.model.casefile.impl.CrossReferenceImpl#getToId <em>To Id</em>}</li>
 *   <li>{@link dossier.model.casefile.impl.CrossReferenceImpl#getType <em>Type</em>}</li>
 *   <li>{@link dossier.model.casefile.impl.CrossReferenceImpl#getNote <em>Note</em>}</li>
 *   <li>{@link dossier.model.casefile.impl.CrossReferenceImpl#getCreated <em>Created</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CrossReferenceImpl extends IdentifiedImpl implements CrossReference {
	/**
	 * The default value of the '{@link #getFromId() <em>From Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFromId()
	 * @generated
	 * @ordered
	 */
	protected static final String FROM_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFromId() <em>From Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFromId()
	 * @generated
	 * @ordered
	 */
	protected String fromId = FROM_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getToId() <em>To Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToId()
	 * @generated
	 * @ordered
	 */
	protected static final String TO_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getToId() <em>To Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToId()
	 * @generated
	 * @ordered
	 */
	protected String toId = TO_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected LinkType type;

	/**
	 * The default value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected String note = NOTE_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CrossReferenceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CasefilePackage.Literals.CROSS_REFERENCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFromId() {
		return fromId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFromId(String newFromId) {
		String oldFromId = fromId;
		fromId = newFromId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasefilePackage.CROSS_REFERENCE__FROM_ID, oldFromId, fromId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getToId() {
		return toId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setToId(String newToId) {
		String oldToId = toId;
		toId = newToId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasefilePackage.CROSS_REFERENCE__TO_ID, oldToId, toId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LinkType getType() {
		if (type != null && type.eIsProxy()) {
			InternalEObject oldType = (InternalEObject)type;
			type = (LinkType)eResolveProxy(oldType);
			if (type != oldType) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CasefilePackage.CROSS_REFERENCE__TYPE, oldType, type));
			}
		}
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LinkType basicGetType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(LinkType newType) {
		LinkType oldType = type;
		type = newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasefilePackage.CROSS_REFERENCE__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNote() {
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNote(String newNote) {
		String oldNote = note;
		note = newNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasefilePackage.CROSS_REFERENCE__NOTE, oldNote, note));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CasefilePackage.CROSS_REFERENCE__CREATED, oldCreated, created));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CasefilePackage.CROSS_REFERENCE__FROM_ID:
				return getFromId();
			case CasefilePackage.CROSS_REFERENCE__TO_ID:
				return getToId();
			case CasefilePackage.CROSS_REFERENCE__TYPE:
				if (resolve) return getType();
				return basicGetType();
			case CasefilePackage.CROSS_REFERENCE__NOTE:
				return getNote();
			case CasefilePackage.CROSS_REFERENCE__CREATED:
				return getCreated();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CasefilePackage.CROSS_REFERENCE__FROM_ID:
				setFromId((String)newValue);
				return;
			case CasefilePackage.CROSS_REFERENCE__TO_ID:
				setToId((String)newValue);
				return;
			case CasefilePackage.CROSS_REFERENCE__TYPE:
				setType((LinkType)newValue);
				return;
			case CasefilePackage.CROSS_REFERENCE__NOTE:
				setNote((String)newValue);
				return;
			case CasefilePackage.CROSS_REFERENCE__CREATED:
				setCreated((Date)newValue);
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
			case CasefilePackage.CROSS_REFERENCE__FROM_ID:
				setFromId(FROM_ID_EDEFAULT);
				return;
			case CasefilePackage.CROSS_REFERENCE__TO_ID:
				setToId(TO_ID_EDEFAULT);
				return;
			case CasefilePackage.CROSS_REFERENCE__TYPE:
				setType((LinkType)null);
				return;
			case CasefilePackage.CROSS_REFERENCE__NOTE:
				setNote(NOTE_EDEFAULT);
				return;
			case CasefilePackage.CROSS_REFERENCE__CREATED:
				setCreated(CREATED_EDEFAULT);
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
			case CasefilePackage.CROSS_REFERENCE__FROM_ID:
				return FROM_ID_EDEFAULT == null ? fromId != null : !FROM_ID_EDEFAULT.equals(fromId);
			case CasefilePackage.CROSS_REFERENCE__TO_ID:
				return TO_ID_EDEFAULT == null ? toId != null : !TO_ID_EDEFAULT.equals(toId);
			case CasefilePackage.CROSS_REFERENCE__TYPE:
				return type != null;
			case CasefilePackage.CROSS_REFERENCE__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
			case CasefilePackage.CROSS_REFERENCE__CREATED:
				return CREATED_EDEFAULT == null ? created != null : !CREATED_EDEFAULT.equals(created);
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
		result.append(" (fromId: "); //$NON-NLS-1$
		result.append(fromId);
		result.append(", toId: "); //$NON-NLS-1$
		result.append(toId);
		result.append(", note: "); //$NON-NLS-1$
		result.append(note);
		result.append(", created: "); //$NON-NLS-1$
		result.append(created);
		result.append(')');
		return result.toString();
	}

} //CrossReferenceImpl
