/**
 */
package dossier.model.casefile;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Mention</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dossier.model.casefile.Mention#getPlatform <em>Platform</em>}</li>
 * </ul>
 *
 * @see dossier.model.casefile.CasefilePackage#getMention()
 * @model
 * @generated
 */
public interface Mention extends Item {
	/**
	 * Returns the value of the '<em><b>Platform</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Platform</em>' attribute.
	 * @see #setPlatform(String)
	 * @see dossier.model.casefile.CasefilePackage#getMention_Platform()
	 * @model
	 * @generated
	 */
	String getPlatform();

	/**
	 * Sets the value of the '{@link dossier.model.casefile.Mention#getPlatform <em>Platform</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Platform</em>' attribute.
	 * @see #getPlatform()
	 * @generated
	 */
	void setPlatform(String value);

} // Mention
