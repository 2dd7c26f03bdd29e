/**
 */
package dossier.model.casefile;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Workspace Model</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of workspace.xmi: codebooks, link types, saved searches and sources.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dossier.model.casefile.WorkspaceModel#getSchemaVersion <em>Schema Version</em>}</li>
 *   <li>{@link dossier.model.casefile.WorkspaceModel#getTagSchemes <em>Tag Schemes</em>}</li>
 *   <li>{@link dossier.model.casefile.WorkspaceModel#getLinkTypes <em>Link Types</em>}</li>
 *   <li>{@link dossier.model.casefile.WorkspaceModel#getSavedSearches <em>Saved Searches</em>}</li>
 *   <li>{@link dossier.model.casefile.WorkspaceModel#getSources <em>Sources</em>}</li>
 *   <li>{@link dossier.model.casefile.WorkspaceModel#getTagSpaces <em>Tag Spaces</em>}</li>
 *   <li>{@link dossier.model.casefile.WorkspaceModel#getBoards <em>Boards</em>}</li>
 * </ul>
 *
 * @see dossier.model.casefile.CasefilePackage#getWorkspaceModel()
 * @model
 * @generated
 */
public interface WorkspaceModel extends EObject {
	/**
	 * Returns the value of the '<em><b>Schema Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Schema Version</em>' attribute.
	 * @see #setSchemaVersion(int)
	 * @see dossier.model.casefile.CasefilePackage#getWorkspaceModel_SchemaVersion()
	 * @model
	 * @generated
	 */
	int getSchemaVersion();

	/**
	 * Sets the value of the '{@link dossier.model.casefile.WorkspaceModel#getSchemaVersion <em>Schema Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Schema Version</em>' attribute.
	 * @see #getSchemaVersion()
	 * @generated
	 */
	void setSchemaVersion(int value);

	/**
	 * Returns the value of the '<em><b>Tag Schemes</b></em>' containment reference list.
	 * The list contents are of type {@link dossier.model.casefile.TagScheme}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tag Schemes</em>' containment reference list.
	 * @see dossier.model.casefile.CasefilePackage#getWorkspaceModel_TagSchemes()
	 * @model containment="true"
	 * @generated
	 */
	List<TagScheme> getTagSchemes();

	/**
	 * Returns the value of the '<em><b>Link Types</b></em>' containment reference list.
	 * The list contents are of type {@link dossier.model.casefile.LinkType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Link Types</em>' containment reference list.
	 * @see dossier.model.casefile.CasefilePackage#getWorkspaceModel_LinkTypes()
	 * @model containment="true"
	 * @generated
	 */
	List<LinkType> getLinkTypes();

	/**
	 * Returns the value of the '<em><b>Saved Searches</b></em>' containment reference list.
	 * The list contents are of type {@link dossier.model.casefile.SavedSearch}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Saved Searches</em>' containment reference list.
	 * @see dossier.model.casefile.CasefilePackage#getWorkspaceModel_SavedSearches()
	 * @model containment="true"
	 * @generated
	 */
	List<SavedSearch> getSavedSearches();

	/**
	 * Returns the value of the '<em><b>Sources</b></em>' containment reference list.
	 * The list contents are of type {@link dossier.model.casefile.Source}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sources</em>' containment reference list.
	 * @see dossier.model.casefile.CasefilePackage#getWorkspaceModel_Sources()
	 * @model containment="true"
	 * @generated
	 */
	List<Source> getSources();

	/**
	 * Returns the value of the '<em><b>Tag Spaces</b></em>' containment reference list.
	 * The list contents are of type {@link dossier.model.casefile.TagSpace}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The in-trays of tags the user has looked at or marked something done in (added in schema 2, optional).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tag Spaces</em>' containment reference list.
	 * @see dossier.model.casefile.CasefilePackage#getWorkspaceModel_TagSpaces()
	 * @model containment="true"
	 * @generated
	 */
	List<TagSpace> getTagSpaces();

	/**
	 * Returns the value of the '<em><b>Boards</b></em>' containment reference list.
	 * The list contents are of type {@link dossier.model.casefile.Board}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Monitoring boards (added in schema 2, optional).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Boards</em>' containment reference list.
	 * @see dossier.model.casefile.CasefilePackage#getWorkspaceModel_Boards()
	 * @model containment="true"
	 * @generated
	 */
	List<Board> getBoards();

} // WorkspaceModel
