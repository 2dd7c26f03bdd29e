/**
 */
package dossier.model.casefile.impl;

import dossier.model.casefile.CasefilePackage;
import dossier.model.casefile.SavedSearch;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Saved Search</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dossier.model.casefile.impl.SavedSearchImpl#getName <em>Name</em>}</li>
 *   <li>{@link dossier.model.casefile.impl.SavedSearchImpl#getQuery <em>Query</em>}</li>
 *   <li>{@link dossier.model.casefile.impl.SavedSearchImpl#getCreated <em>Created</em>}</li>
 *   <li>{@link dossier.model.casefile.impl.SavedSearchImpl#getLastRun <em>Last Run</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SavedSearchImpl extends IdentifiedImpl implements SavedSearch {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getQuery() <em>Query</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuery()
	 * @generated
	 * @ordered
	 */
	protected static final String QUERY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getQuery() <em>Query</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuery()
	 * @generated
	 * @ordered
	 */
	protected String query = QUERY_EDEFAULT;

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
	 * The default value of the '{@link #getLastRun() <em>Last Run</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastRun()
	 * @generated
	 * @ordered
	 */
	protected static final Date LAST_RUN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLastRun() <em>Last Run</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastRun()
	 * @generated
	 * @ordered
	 */
	protected Date lastRun = LAST_RUN_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SavedSearchImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CasefilePackage.Literals.SAVED_SEARCH;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasefilePackage.SAVED_SEARCH__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getQuery() {
		return query;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuery(String newQuery) {
		String oldQuery = query;
		query = newQuery;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasefilePackage.SAVED_SEARCH__QUERY, oldQuery, query));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CasefilePackage.SAVED_SEARCH__CREATED, oldCreated, created));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getLastRun() {
		return lastRun;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastRun(Date newLastRun) {
		Date oldLastRun = lastRun;
		lastRun = newLastRun;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasefilePackage.SAVED_SEARCH__LAST_RUN, oldLastRun, lastRun));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CasefilePackage.SAVED_SEARCH__NAME:
				return getName();
			case CasefilePackage.SAVED_SEARCH__QUERY:
				return getQuery();
			case CasefilePackage.SAVED_SEARCH__CREATED:
				return getCreated();
			case CasefilePackage.SAVED_SEARCH__LAST_RUN:
				return getLastRun();
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
			case CasefilePackage.SAVED_SEARCH__NAME:
				setName((String)newValue);
				return;
			case CasefilePackage.SAVED_SEARCH__QUERY:
				setQuery((String)newValue);
				return;
			case CasefilePackage.SAVED_SEARCH__CREATED:
				setCreated((Date)newValue);
				return;
			case CasefilePackage.SAVED_SEARCH__LAST_RUN:
				setLastRun((Date)newValue);
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
			case CasefilePackage.SAVED_SEARCH__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CasefilePackage.SAVED_SEARCH__QUERY:
				setQuery(QUERY_EDEFAULT);
				return;
			case CasefilePackage.SAVED_SEARCH__CREATED:
				setCreated(CREATED_EDEFAULT);
				return;
			case CasefilePackage.SAVED_SEARCH__LAST_RUN:
				setLastRun(LAST_RUN_EDEFAULT);
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
			case CasefilePackage.SAVED_SEARCH__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CasefilePackage.SAVED_SEARCH__QUERY:
				return QUERY_EDEFAULT == null ? query != null : !QUERY_EDEFAULT.equals(query);
			case CasefilePackage.SAVED_SEARCH__CREATED:
				return CREATED_EDEFAULT == null ? created != null : !CREATED_EDEFAULT.equals(created);
			case CasefilePackage.SAVED_SEARCH__LAST_RUN:
				return LAST_RUN_EDEFAULT == null ? lastRun != null : !LAST_RUN_EDEFAULT.equals(lastRun);
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
		result.append(" (name: "); //$NON-NLS-1$
		result.append(name);
		result.append(", query: "); //$NON-NLS-1$
		result.append(query);
		result.append(", created: "); //$NON-NLS-1$
		result.append(created);
		result.append(", lastRun: "); //$NON-NLS-1$
		result.append(lastRun);
		result.append(')');
		return result.toString();
	}

} //SavedSearchImpl
