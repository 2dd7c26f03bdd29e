/**
 */
package dossier.model.casefile;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cross Reference</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dossier.model.casefile.CrossReference#getFromId <em>From Id</em>}</li>
 *   <li>{@link dossier.model.casefile.CrossReference#getToId <em>To Id</em>}</li>
 *   <li>{@link dossier.model.casefile.CrossReference#getType <em>Type</em>}</li>
 *   <li>{@link dossier.model.casefile.CrossReference#getNote <em>Note</em>}</li>
 *   <li>{@link dossier.model.casefile.CrossReference#getCreated <em>Created</em>}</li>
 * </ul>
 *
 * @see dossier.model.casefile.CasefilePackage#getCrossReference()
 * @model
 * @generated
 */
public interface CrossReference extends Identified {
	/**
	 * Returns the value of the '<em><b>From Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>From Id</em>' attribute.
	 * @see #setFromId(String)
	 * @see dossier.model.casefile.CasefilePackage#getCrossReference_FromId()
	 * @model
	 * @generated
	 */
	String getFromId();

	/**
	 * Sets the value of the '{@link dossier.model.casefile.CrossReference#getFromId <em>From Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From Id</em>' attribute.
	 * @see #getFromId()
	 * @generated
	 */
	void setFromId(String value);

	/**
	 * Returns the value of the '<em><b>To Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>To Id</em>' attribute.
	 * @see #setToId(String)
	 * @see dossier.model.casefile.CasefilePackage#getCrossReference_ToId()
	 * @model
	 * @generated
	 */
	String getToId();

	/**
	 * Sets the value of the '{@link dossier.model.casefile.CrossReference#getToId <em>To Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To Id</em>' attribute.
	 * @see #getToId()
	 * @generated
	 */
	void setToId(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' reference.
	 * @see #setType(LinkType)
	 * @see dossier.model.casefile.CasefilePackage#getCrossReference_Type()
	 * @model
	 * @generated
	 */
	LinkType getType();

	/**
	 * Sets the value of the '{@link dossier.model.casefile.CrossReference#getType <em>Type</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' reference.
	 * @see #getType()
	 * @generated
	 */
	void setType(LinkType value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see dossier.model.casefile.CasefilePackage#getCrossReference_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link dossier.model.casefile.CrossReference#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

	/**
	 * Returns the value of the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created</em>' attribute.
	 * @see #setCreated(Date)
	 * @see dossier.model.casefile.CasefilePackage#getCrossReference_Created()
	 * @model
	 * @generated
	 */
	Date getCreated();

	/**
	 * Sets the value of the '{@link dossier.model.casefile.CrossReference#getCreated <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created</em>' attribute.
	 * @see #getCreated()
	 * @generated
	 */
	void setCreated(Date value);

} // CrossReference
