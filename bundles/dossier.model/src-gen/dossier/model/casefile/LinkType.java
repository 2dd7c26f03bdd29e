/**
 */
package dossier.model.casefile;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Link Type</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A kind of cross-reference: the built-ins (supports, contradicts, same story, follow-up; see
 * dossier.model.LinkTypes) and the user's own.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dossier.model.casefile.LinkType#getName <em>Name</em>}</li>
 *   <li>{@link dossier.model.casefile.LinkType#getInverseName <em>Inverse Name</em>}</li>
 *   <li>{@link dossier.model.casefile.LinkType#isBuiltIn <em>Built In</em>}</li>
 * </ul>
 *
 * @see dossier.model.casefile.CasefilePackage#getLinkType()
 * @model
 * @generated
 */
public interface LinkType extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see dossier.model.casefile.CasefilePackage#getLinkType_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link dossier.model.casefile.LinkType#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Inverse Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Inverse Name</em>' attribute.
	 * @see #setInverseName(String)
	 * @see dossier.model.casefile.CasefilePackage#getLinkType_InverseName()
	 * @model
	 * @generated
	 */
	String getInverseName();

	/**
	 * Sets the value of the '{@link dossier.model.casefile.LinkType#getInverseName <em>Inverse Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inverse Name</em>' attribute.
	 * @see #getInverseName()
	 * @generated
	 */
	void setInverseName(String value);

	/**
	 * Returns the value of the '<em><b>Built In</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Built In</em>' attribute.
	 * @see #setBuiltIn(boolean)
	 * @see dossier.model.casefile.CasefilePackage#getLinkType_BuiltIn()
	 * @model
	 * @generated
	 */
	boolean isBuiltIn();

	/**
	 * Sets the value of the '{@link dossier.model.casefile.LinkType#isBuiltIn <em>Built In</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Built In</em>' attribute.
	 * @see #isBuiltIn()
	 * @generated
	 */
	void setBuiltIn(boolean value);

} // LinkType
