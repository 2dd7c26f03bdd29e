/**
 */
package dossier.model.casefile;

import java.util.List;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Tag Set</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A named group of a scheme's tags, across its hierarchy (a REFI-QDA codebook's Set, ATLAS.ti's code group); a tag may be in several.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dossier.model.casefile.TagSet#getName <em>Name</em>}</li>
 *   <li>{@link dossier.model.casefile.TagSet#getDescription <em>Description</em>}</li>
 *   <li>{@link dossier.model.casefile.TagSet#getMemberIds <em>Member Ids</em>}</li>
 * </ul>
 *
 * @see dossier.model.casefile.CasefilePackage#getTagSet()
 * @model
 * @generated
 */
public interface TagSet extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see dossier.model.casefile.CasefilePackage#getTagSet_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link dossier.model.casefile.TagSet#getName <em>Name</em>}' attribute.
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
	 * @see dossier.model.casefile.CasefilePackage#getTagSet_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link dossier.model.casefile.TagSet#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Member Ids</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The ids of the member tags (ids, not references: deleting a tag leaves nothing dangling; an id no tag has is ignored).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Member Ids</em>' attribute list.
	 * @see dossier.model.casefile.CasefilePackage#getTagSet_MemberIds()
	 * @model unique="false"
	 * @generated
	 */
	List<String> getMemberIds();

} // TagSet
