/**
 */
package dossier.model.casefile;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Tag Assignment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dossier.model.casefile.TagAssignment#getTag <em>Tag</em>}</li>
 *   <li>{@link dossier.model.casefile.TagAssignment#getTargetId <em>Target Id</em>}</li>
 *   <li>{@link dossier.model.casefile.TagAssignment#getCreated <em>Created</em>}</li>
 * </ul>
 *
 * @see dossier.model.casefile.CasefilePackage#getTagAssignment()
 * @model
 * @generated
 */
public interface TagAssignment extends Identified {
	/**
	 * Returns the value of the '<em><b>Tag</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A tag in workspace.xmi (a cross-resource reference, resolved on demand).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tag</em>' reference.
	 * @see #setTag(Tag)
	 * @see dossier.model.casefile.CasefilePackage#getTagAssignment_Tag()
	 * @model
	 * @generated
	 */
	Tag getTag();

	/**
	 * Sets the value of the '{@link dossier.model.casefile.TagAssignment#getTag <em>Tag</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tag</em>' reference.
	 * @see #getTag()
	 * @generated
	 */
	void setTag(Tag value);

	/**
	 * Returns the value of the '<em><b>Target Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The tagged item id or clip id.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Id</em>' attribute.
	 * @see #setTargetId(String)
	 * @see dossier.model.casefile.CasefilePackage#getTagAssignment_TargetId()
	 * @model
	 * @generated
	 */
	String getTargetId();

	/**
	 * Sets the value of the '{@link dossier.model.casefile.TagAssignment#getTargetId <em>Target Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Id</em>' attribute.
	 * @see #getTargetId()
	 * @generated
	 */
	void setTargetId(String value);

	/**
	 * Returns the value of the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created</em>' attribute.
	 * @see #setCreated(Date)
	 * @see dossier.model.casefile.CasefilePackage#getTagAssignment_Created()
	 * @model
	 * @generated
	 */
	Date getCreated();

	/**
	 * Sets the value of the '{@link dossier.model.casefile.TagAssignment#getCreated <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created</em>' attribute.
	 * @see #getCreated()
	 * @generated
	 */
	void setCreated(Date value);

} // TagAssignment
