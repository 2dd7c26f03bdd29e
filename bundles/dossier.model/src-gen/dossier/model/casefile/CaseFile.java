/**
 */
package dossier.model.casefile;

import java.util.Date;
import java.util.List;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Case File</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of casefiles/<id>.xmi: one research case file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dossier.model.casefile.CaseFile#getTitle <em>Title</em>}</li>
 *   <li>{@link dossier.model.casefile.CaseFile#getDescription <em>Description</em>}</li>
 *   <li>{@link dossier.model.casefile.CaseFile#getStatus <em>Status</em>}</li>
 *   <li>{@link dossier.model.casefile.CaseFile#getCreated <em>Created</em>}</li>
 *   <li>{@link dossier.model.casefile.CaseFile#getModified <em>Modified</em>}</li>
 *   <li>{@link dossier.model.casefile.CaseFile#getItemIds <em>Item Ids</em>}</li>
 *   <li>{@link dossier.model.casefile.CaseFile#getClips <em>Clips</em>}</li>
 *   <li>{@link dossier.model.casefile.CaseFile#getNotes <em>Notes</em>}</li>
 *   <li>{@link dossier.model.casefile.CaseFile#getCrossReferences <em>Cross References</em>}</li>
 *   <li>{@link dossier.model.casefile.CaseFile#getTagAssignments <em>Tag Assignments</em>}</li>
 * </ul>
 *
 * @see dossier.model.casefile.CasefilePackage#getCaseFile()
 * @model
 * @generated
 */
public interface CaseFile extends Identified {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see dossier.model.casefile.CasefilePackage#getCaseFile_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link dossier.model.casefile.CaseFile#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see dossier.model.casefile.CasefilePackage#getCaseFile_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link dossier.model.casefile.CaseFile#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The default value is <code>"ACTIVE"</code>.
	 * The literals are from the enumeration {@link dossier.model.casefile.CaseStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * New in schema version 2.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see dossier.model.casefile.CaseStatus
	 * @see #setStatus(CaseStatus)
	 * @see dossier.model.casefile.CasefilePackage#getCaseFile_Status()
	 * @model default="ACTIVE"
	 * @generated
	 */
	CaseStatus getStatus();

	/**
	 * Sets the value of the '{@link dossier.model.casefile.CaseFile#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see dossier.model.casefile.CaseStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(CaseStatus value);

	/**
	 * Returns the value of the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created</em>' attribute.
	 * @see #setCreated(Date)
	 * @see dossier.model.casefile.CasefilePackage#getCaseFile_Created()
	 * @model
	 * @generated
	 */
	Date getCreated();

	/**
	 * Sets the value of the '{@link dossier.model.casefile.CaseFile#getCreated <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created</em>' attribute.
	 * @see #getCreated()
	 * @generated
	 */
	void setCreated(Date value);

	/**
	 * Returns the value of the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Modified</em>' attribute.
	 * @see #setModified(Date)
	 * @see dossier.model.casefile.CasefilePackage#getCaseFile_Modified()
	 * @model
	 * @generated
	 */
	Date getModified();

	/**
	 * Sets the value of the '{@link dossier.model.casefile.CaseFile#getModified <em>Modified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Modified</em>' attribute.
	 * @see #getModified()
	 * @generated
	 */
	void setModified(Date value);

	/**
	 * Returns the value of the '<em><b>Item Ids</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ids of the items (in the item store) cross-referenced into this case file, each once. The workspace keeps them unique with a hash index: a unique EMF list would scan a million ids on every add.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Item Ids</em>' attribute list.
	 * @see dossier.model.casefile.CasefilePackage#getCaseFile_ItemIds()
	 * @model unique="false"
	 * @generated
	 */
	List<String> getItemIds();

	/**
	 * Returns the value of the '<em><b>Clips</b></em>' containment reference list.
	 * The list contents are of type {@link dossier.model.casefile.Clip}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Clips</em>' containment reference list.
	 * @see dossier.model.casefile.CasefilePackage#getCaseFile_Clips()
	 * @model containment="true"
	 * @generated
	 */
	List<Clip> getClips();

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' containment reference list.
	 * The list contents are of type {@link dossier.model.casefile.Note}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' containment reference list.
	 * @see dossier.model.casefile.CasefilePackage#getCaseFile_Notes()
	 * @model containment="true"
	 * @generated
	 */
	List<Note> getNotes();

	/**
	 * Returns the value of the '<em><b>Cross References</b></em>' containment reference list.
	 * The list contents are of type {@link dossier.model.casefile.CrossReference}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cross References</em>' containment reference list.
	 * @see dossier.model.casefile.CasefilePackage#getCaseFile_CrossReferences()
	 * @model containment="true"
	 * @generated
	 */
	List<CrossReference> getCrossReferences();

	/**
	 * Returns the value of the '<em><b>Tag Assignments</b></em>' containment reference list.
	 * The list contents are of type {@link dossier.model.casefile.TagAssignment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tag Assignments</em>' containment reference list.
	 * @see dossier.model.casefile.CasefilePackage#getCaseFile_TagAssignments()
	 * @model containment="true"
	 * @generated
	 */
	List<TagAssignment> getTagAssignments();

} // CaseFile
