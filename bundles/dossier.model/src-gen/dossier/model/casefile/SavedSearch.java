/**
 */
package dossier.model.casefile;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Saved Search</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dossier.model.casefile.SavedSearch#getName <em>Name</em>}</li>
 *   <li>{@link dossier.model.casefile.SavedSearch#getQuery <em>Query</em>}</li>
 *   <li>{@link dossier.model.casefile.SavedSearch#getCreated <em>Created</em>}</li>
 *   <li>{@link dossier.model.casefile.SavedSearch#getLastRun <em>Last Run</em>}</li>
 * </ul>
 *
 * @see dossier.model.casefile.CasefilePackage#getSavedSearch()
 * @model
 * @generated
 */
public interface SavedSearch extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see dossier.model.casefile.CasefilePackage#getSavedSearch_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link dossier.model.casefile.SavedSearch#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Query</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Query</em>' attribute.
	 * @see #setQuery(String)
	 * @see dossier.model.casefile.CasefilePackage#getSavedSearch_Query()
	 * @model
	 * @generated
	 */
	String getQuery();

	/**
	 * Sets the value of the '{@link dossier.model.casefile.SavedSearch#getQuery <em>Query</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Query</em>' attribute.
	 * @see #getQuery()
	 * @generated
	 */
	void setQuery(String value);

	/**
	 * Returns the value of the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created</em>' attribute.
	 * @see #setCreated(Date)
	 * @see dossier.model.casefile.CasefilePackage#getSavedSearch_Created()
	 * @model
	 * @generated
	 */
	Date getCreated();

	/**
	 * Sets the value of the '{@link dossier.model.casefile.SavedSearch#getCreated <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created</em>' attribute.
	 * @see #getCreated()
	 * @generated
	 */
	void setCreated(Date value);

	/**
	 * Returns the value of the '<em><b>Last Run</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Run</em>' attribute.
	 * @see #setLastRun(Date)
	 * @see dossier.model.casefile.CasefilePackage#getSavedSearch_LastRun()
	 * @model
	 * @generated
	 */
	Date getLastRun();

	/**
	 * Sets the value of the '{@link dossier.model.casefile.SavedSearch#getLastRun <em>Last Run</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Run</em>' attribute.
	 * @see #getLastRun()
	 * @generated
	 */
	void setLastRun(Date value);

} // SavedSearch
