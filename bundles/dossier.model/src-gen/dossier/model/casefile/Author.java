/**
 */
package dossier.model.casefile;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Author</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dossier.model.casefile.Author#getName <em>Name</em>}</li>
 *   <li>{@link dossier.model.casefile.Author#getHandle <em>Handle</em>}</li>
 *   <li>{@link dossier.model.casefile.Author#getFollowerCount <em>Follower Count</em>}</li>
 * </ul>
 *
 * @see dossier.model.casefile.CasefilePackage#getAuthor()
 * @model
 * @generated
 */
public interface Author extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see dossier.model.casefile.CasefilePackage#getAuthor_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link dossier.model.casefile.Author#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Handle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Handle</em>' attribute.
	 * @see #setHandle(String)
	 * @see dossier.model.casefile.CasefilePackage#getAuthor_Handle()
	 * @model
	 * @generated
	 */
	String getHandle();

	/**
	 * Sets the value of the '{@link dossier.model.casefile.Author#getHandle <em>Handle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Handle</em>' attribute.
	 * @see #getHandle()
	 * @generated
	 */
	void setHandle(String value);

	/**
	 * Returns the value of the '<em><b>Follower Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Follower Count</em>' attribute.
	 * @see #setFollowerCount(Long)
	 * @see dossier.model.casefile.CasefilePackage#getAuthor_FollowerCount()
	 * @model
	 * @generated
	 */
	Long getFollowerCount();

	/**
	 * Sets the value of the '{@link dossier.model.casefile.Author#getFollowerCount <em>Follower Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Follower Count</em>' attribute.
	 * @see #getFollowerCount()
	 * @generated
	 */
	void setFollowerCount(Long value);

} // Author
