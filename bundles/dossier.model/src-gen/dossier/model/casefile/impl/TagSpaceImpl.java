/**
 */
package dossier.model.casefile.impl;

import dossier.model.casefile.CasefilePackage;
import dossier.model.casefile.Tag;
import dossier.model.casefile.TagSpace;

import java.util.Collection;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Tag Space</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dossier.model.casefile.impl.TagSpaceImpl#getTag <em>Tag</em>}</li>
 *   <li>{@link dossier.model.casefile.impl.TagSpaceImpl#getLastLooked <em>Last Looked</em>}</li>
 *   <li>{@link dossier.model.casefile.impl.TagSpaceImpl#getDoneIds <em>Done Ids</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TagSpaceImpl extends EObjectImpl implements TagSpace {
	/**
	 * The cached value of the '{@link #getTag() <em>Tag</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTag()
	 * @generated
	 * @ordered
	 */
	protected Tag tag;

	/**
	 * The default value of the '{@link #getLastLooked() <em>Last Looked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastLooked()
	 * @generated
	 * @ordered
	 */
	protected static final Date LAST_LOOKED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLastLooked() <em>Last Looked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastLooked()
	 * @generated
	 * @ordered
	 */
	protected Date lastLooked = LAST_LOOKED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDoneIds() <em>Done Ids</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDoneIds()
	 * @generated
	 * @ordered
	 */
	protected EList<String> doneIds;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TagSpaceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CasefilePackage.Literals.TAG_SPACE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Tag getTag() {
		if (tag != null && tag.eIsProxy()) {
			InternalEObject oldTag = (InternalEObject)tag;
			tag = (Tag)eResolveProxy(oldTag);
			if (tag != oldTag) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CasefilePackage.TAG_SPACE__TAG, oldTag, tag));
			}
		}
		return tag;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Tag basicGetTag() {
		return tag;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTag(Tag newTag) {
		Tag oldTag = tag;
		tag = newTag;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasefilePackage.TAG_SPACE__TAG, oldTag, tag));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getLastLooked() {
		return lastLooked;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastLooked(Date newLastLooked) {
		Date oldLastLooked = lastLooked;
		lastLooked = newLastLooked;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasefilePackage.TAG_SPACE__LAST_LOOKED, oldLastLooked, lastLooked));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<String> getDoneIds() {
		if (doneIds == null) {
			doneIds = new EDataTypeUniqueEList<String>(String.class, this, CasefilePackage.TAG_SPACE__DONE_IDS);
		}
		return doneIds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CasefilePackage.TAG_SPACE__TAG:
				if (resolve) return getTag();
				return basicGetTag();
			case CasefilePackage.TAG_SPACE__LAST_LOOKED:
				return getLastLooked();
			case CasefilePackage.TAG_SPACE__DONE_IDS:
				return getDoneIds();
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
			case CasefilePackage.TAG_SPACE__TAG:
				setTag((Tag)newValue);
				return;
			case CasefilePackage.TAG_SPACE__LAST_LOOKED:
				setLastLooked((Date)newValue);
				return;
			case CasefilePackage.TAG_SPACE__DONE_IDS:
				getDoneIds().clear();
				getDoneIds().addAll((Collection<? extends String>)newValue);
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
			case CasefilePackage.TAG_SPACE__TAG:
				setTag((Tag)null);
				return;
			case CasefilePackage.TAG_SPACE__LAST_LOOKED:
				setLastLooked(LAST_LOOKED_EDEFAULT);
				return;
			case CasefilePackage.TAG_SPACE__DONE_IDS:
				getDoneIds().clear();
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
			case CasefilePackage.TAG_SPACE__TAG:
				return tag != null;
			case CasefilePackage.TAG_SPACE__LAST_LOOKED:
				return LAST_LOOKED_EDEFAULT == null ? lastLooked != null : !LAST_LOOKED_EDEFAULT.equals(lastLooked);
			case CasefilePackage.TAG_SPACE__DONE_IDS:
				return doneIds != null && !doneIds.isEmpty();
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
		result.append(" (lastLooked: "); //$NON-NLS-1$
		result.append(lastLooked);
		result.append(", doneIds: "); //$NON-NLS-1$
		result.append(doneIds);
		result.append(')');
		return result.toString();
	}

} //TagSpaceImpl
