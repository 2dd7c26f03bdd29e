/**
 */
package dossier.model.casefile.impl;

import dossier.model.casefile.CasefilePackage;
import dossier.model.casefile.FetchResult;
import dossier.model.casefile.Source;

import java.util.Map;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EcoreEMap;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Source</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dossier.model.casefile.impl.SourceImpl#getConnectorId <em>Connector Id</em>}</li>
 *   <li>{@link dossier.model.casefile.impl.SourceImpl#getName <em>Name</em>}</li>
 *   <li>{@link dossier.model.casefile.impl.SourceImpl#getParameters <em>Parameters</em>}</li>
 *   <li>{@link dossier.model.casefile.impl.SourceImpl#getSchedule <em>Schedule</em>}</li>
 *   <li>{@link dossier.model.casefile.impl.SourceImpl#getLastFetch <em>Last Fetch</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SourceImpl extends IdentifiedImpl implements Source {
	/**
	 * The default value of the '{@link #getConnectorId() <em>Connector Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConnectorId()
	 * @generated
	 * @ordered
	 */
	protected static final String CONNECTOR_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getConnectorId() <em>Connector Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConnectorId()
	 * @generated
	 * @ordered
	 */
	protected String connectorId = CONNECTOR_ID_EDEFAULT;

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
	 * The cached value of the '{@link #getParameters() <em>Parameters</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameters()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, String> parameters;

	/**
	 * The default value of the '{@link #getSchedule() <em>Schedule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchedule()
	 * @generated
	 * @ordered
	 */
	protected static final String SCHEDULE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSchedule() <em>Schedule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchedule()
	 * @generated
	 * @ordered
	 */
	protected String schedule = SCHEDULE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLastFetch() <em>Last Fetch</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastFetch()
	 * @generated
	 * @ordered
	 */
	protected FetchResult lastFetch;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CasefilePackage.Literals.SOURCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getConnectorId() {
		return connectorId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConnectorId(String newConnectorId) {
		String oldConnectorId = connectorId;
		connectorId = newConnectorId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasefilePackage.SOURCE__CONNECTOR_ID, oldConnectorId, connectorId));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CasefilePackage.SOURCE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Map<String, String> getParameters() {
		if (parameters == null) {
			parameters = new EcoreEMap<String,String>(CasefilePackage.Literals.PARAMETER, ParameterImpl.class, this, CasefilePackage.SOURCE__PARAMETERS);
		}
		return parameters.map();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSchedule() {
		return schedule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSchedule(String newSchedule) {
		String oldSchedule = schedule;
		schedule = newSchedule;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasefilePackage.SOURCE__SCHEDULE, oldSchedule, schedule));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FetchResult getLastFetch() {
		return lastFetch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLastFetch(FetchResult newLastFetch, NotificationChain msgs) {
		FetchResult oldLastFetch = lastFetch;
		lastFetch = newLastFetch;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CasefilePackage.SOURCE__LAST_FETCH, oldLastFetch, newLastFetch);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastFetch(FetchResult newLastFetch) {
		if (newLastFetch != lastFetch) {
			NotificationChain msgs = null;
			if (lastFetch != null)
				msgs = ((InternalEObject)lastFetch).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CasefilePackage.SOURCE__LAST_FETCH, null, msgs);
			if (newLastFetch != null)
				msgs = ((InternalEObject)newLastFetch).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CasefilePackage.SOURCE__LAST_FETCH, null, msgs);
			msgs = basicSetLastFetch(newLastFetch, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasefilePackage.SOURCE__LAST_FETCH, newLastFetch, newLastFetch));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CasefilePackage.SOURCE__PARAMETERS:
				return ((InternalEList<?>)((EMap.InternalMapView<String, String>)getParameters()).eMap()).basicRemove(otherEnd, msgs);
			case CasefilePackage.SOURCE__LAST_FETCH:
				return basicSetLastFetch(null, msgs);
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
			case CasefilePackage.SOURCE__CONNECTOR_ID:
				return getConnectorId();
			case CasefilePackage.SOURCE__NAME:
				return getName();
			case CasefilePackage.SOURCE__PARAMETERS:
				if (coreType) return ((EMap.InternalMapView<String, String>)getParameters()).eMap();
				else return getParameters();
			case CasefilePackage.SOURCE__SCHEDULE:
				return getSchedule();
			case CasefilePackage.SOURCE__LAST_FETCH:
				return getLastFetch();
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
			case CasefilePackage.SOURCE__CONNECTOR_ID:
				setConnectorId((String)newValue);
				return;
			case CasefilePackage.SOURCE__NAME:
				setName((String)newValue);
				return;
			case CasefilePackage.SOURCE__PARAMETERS:
				((EStructuralFeature.Setting)((EMap.InternalMapView<String, String>)getParameters()).eMap()).set(newValue);
				return;
			case CasefilePackage.SOURCE__SCHEDULE:
				setSchedule((String)newValue);
				return;
			case CasefilePackage.SOURCE__LAST_FETCH:
				setLastFetch((FetchResult)newValue);
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
			case CasefilePackage.SOURCE__CONNECTOR_ID:
				setConnectorId(CONNECTOR_ID_EDEFAULT);
				return;
			case CasefilePackage.SOURCE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CasefilePackage.SOURCE__PARAMETERS:
				getParameters().clear();
				return;
			case CasefilePackage.SOURCE__SCHEDULE:
				setSchedule(SCHEDULE_EDEFAULT);
				return;
			case CasefilePackage.SOURCE__LAST_FETCH:
				setLastFetch((FetchResult)null);
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
			case CasefilePackage.SOURCE__CONNECTOR_ID:
				return CONNECTOR_ID_EDEFAULT == null ? connectorId != null : !CONNECTOR_ID_EDEFAULT.equals(connectorId);
			case CasefilePackage.SOURCE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CasefilePackage.SOURCE__PARAMETERS:
				return parameters != null && !parameters.isEmpty();
			case CasefilePackage.SOURCE__SCHEDULE:
				return SCHEDULE_EDEFAULT == null ? schedule != null : !SCHEDULE_EDEFAULT.equals(schedule);
			case CasefilePackage.SOURCE__LAST_FETCH:
				return lastFetch != null;
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
		result.append(" (connectorId: "); //$NON-NLS-1$
		result.append(connectorId);
		result.append(", name: "); //$NON-NLS-1$
		result.append(name);
		result.append(", schedule: "); //$NON-NLS-1$
		result.append(schedule);
		result.append(')');
		return result.toString();
	}

} //SourceImpl
