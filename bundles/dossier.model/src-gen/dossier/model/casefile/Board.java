/**
 */
package dossier.model.casefile;

import java.util.List;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Board</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A monitoring board: panels laid out in a grid.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dossier.model.casefile.Board#getName <em>Name</em>}</li>
 *   <li>{@link dossier.model.casefile.Board#getPanels <em>Panels</em>}</li>
 * </ul>
 *
 * @see dossier.model.casefile.CasefilePackage#getBoard()
 * @model
 * @generated
 */
public interface Board extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see dossier.model.casefile.CasefilePackage#getBoard_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link dossier.model.casefile.Board#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Panels</b></em>' containment reference list.
	 * The list contents are of type {@link dossier.model.casefile.Panel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Panels</em>' containment reference list.
	 * @see dossier.model.casefile.CasefilePackage#getBoard_Panels()
	 * @model containment="true"
	 * @generated
	 */
	List<Panel> getPanels();

} // Board
