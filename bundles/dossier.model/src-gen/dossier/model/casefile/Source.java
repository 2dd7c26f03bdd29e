/**
 */
package dossier.model.casefile;

import java.util.Map;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A configured source: which connector fetches what, how often, and how the last fetch went.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dossier.model.casefile.Source#getConnectorId <em>Connector Id</em>}</li>
 *   <li>{@link dossier.model.casefile.Source#getName <em>Name</em>}</li>
 *   <li>{@link dossier.model.casefile.Source#getParameters <em>Parameters</em>}</li>
 *   <li>{@link dossier.model.casefile.Source#getSchedule <em>Schedule</em>}</li>
 *   <li>{@link dossier.model.casefile.Source#getLastFetch <em>Last Fetch</em>}</li>
 * </ul>
 *
 * @see dossier.model.casefile.CasefilePackage#getSource()
 * @model
 * @generated
 */
public interface Source extends Identified {
	/**
	 * Returns the value of the '<em><b>Connector Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Connector Id</em>' attribute.
	 * @see #setConnectorId(String)
	 * @see dossier.model.casefile.CasefilePackage#getSource_ConnectorId()
	 * @model
	 * @generated
	 */
	String getConnectorId();

	/**
	 * Sets the value of the '{@link dossier.model.casefile.Source#getConnectorId <em>Connector Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Connector Id</em>' attribute.
	 * @see #getConnectorId()
	 * @generated
	 */
	void setConnectorId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see dossier.model.casefile.CasefilePackage#getSource_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link dossier.model.casefile.Source#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Parameters</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link java.lang.String},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parameters</em>' map.
	 * @see dossier.model.casefile.CasefilePackage#getSource_Parameters()
	 * @model mapType="dossier.model.casefile.Parameter&lt;org.eclipse.emf.ecore.EString, org.eclipse.emf.ecore.EString&gt;"
	 * @generated
	 */
	Map<String, String> getParameters();

	/**
	 * Returns the value of the '<em><b>Schedule</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How often to fetch, as an ISO-8601 duration such as PT1H; empty for manual only.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Schedule</em>' attribute.
	 * @see #setSchedule(String)
	 * @see dossier.model.casefile.CasefilePackage#getSource_Schedule()
	 * @model
	 * @generated
	 */
	String getSchedule();

	/**
	 * Sets the value of the '{@link dossier.model.casefile.Source#getSchedule <em>Schedule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Schedule</em>' attribute.
	 * @see #getSchedule()
	 * @generated
	 */
	void setSchedule(String value);

	/**
	 * Returns the value of the '<em><b>Last Fetch</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Fetch</em>' containment reference.
	 * @see #setLastFetch(FetchResult)
	 * @see dossier.model.casefile.CasefilePackage#getSource_LastFetch()
	 * @model containment="true"
	 * @generated
	 */
	FetchResult getLastFetch();

	/**
	 * Sets the value of the '{@link dossier.model.casefile.Source#getLastFetch <em>Last Fetch</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Fetch</em>' containment reference.
	 * @see #getLastFetch()
	 * @generated
	 */
	void setLastFetch(FetchResult value);

} // Source
