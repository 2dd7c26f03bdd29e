/**
 */
package dossier.model.casefile;

import java.util.List;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Tag Scheme</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A codebook: a named hierarchy of tags, e.g. one a trainer distributes.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dossier.model.casefile.TagScheme#getName <em>Name</em>}</li>
 *   <li>{@link dossier.model.casefile.TagScheme#getDescription <em>Description</em>}</li>
 *   <li>{@link dossier.model.casefile.TagScheme#getTags <em>Tags</em>}</li>
 *   <li>{@link dossier.model.casefile.TagScheme#getSets <em>Sets</em>}</li>
 * </ul>
 *
 * @see dossier.model.casefile.CasefilePackage#getTagScheme()
 * @model
 * @generated
 */
public interface TagScheme extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see dossier.model.casefile.CasefilePackage#getTagScheme_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link dossier.model.casefile.TagScheme#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see dossier.model.casefile.CasefilePackage#getTagScheme_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link dossier.model.casefile.TagScheme#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Tags</b></em>' containment reference list.
	 * The list contents are of type {@link dossier.model.casefile.Tag}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tags</em>' containment reference list.
	 * @see dossier.model.casefile.CasefilePackage#getTagScheme_Tags()
	 * @model containment="true"
	 * @generated
	 */
	List<Tag> getTags();

	/**
	 * Returns the value of the '<em><b>Sets</b></em>' containment reference list.
	 * The list contents are of type {@link dossier.model.casefile.TagSet}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sets</em>' containment reference list.
	 * @see dossier.model.casefile.CasefilePackage#getTagScheme_Sets()
	 * @model containment="true"
	 * @generated
	 */
	List<TagSet> getSets();

} // TagScheme
