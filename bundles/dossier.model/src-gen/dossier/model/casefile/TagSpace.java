/**
 */
package dossier.model.casefile;

import java.util.Date;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Tag Space</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A tag's in-tray: the items and clips carrying the tag (or one below it) that are not done.
 * Remembers which are done and when the user last looked, for "new since you last looked" counts.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dossier.model.casefile.TagSpace#getTag <em>Tag</em>}</li>
 *   <li>{@link dossier.model.casefile.TagSpace#getLastLooked <em>Last Looked</em>}</li>
 *   <li>{@link dossier.model.casefile.TagSpace#getDoneIds <em>Done Ids</em>}</li>
 * </ul>
 *
 * @see dossier.model.casefile.CasefilePackage#getTagSpace()
 * @model
 * @generated
 */
public interface TagSpace extends EObject {
	/**
	 * Returns the value of the '<em><b>Tag</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tag</em>' reference.
	 * @see #setTag(Tag)
	 * @see dossier.model.casefile.CasefilePackage#getTagSpace_Tag()
	 * @model
	 * @generated
	 */
	Tag getTag();

	/**
	 * Sets the value of the '{@link dossier.model.casefile.TagSpace#getTag <em>Tag</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tag</em>' reference.
	 * @see #getTag()
	 * @generated
	 */
	void setTag(Tag value);

	/**
	 * Returns the value of the '<em><b>Last Looked</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the user last looked at the in-tray; null if never (everything is new).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Last Looked</em>' attribute.
	 * @see #setLastLooked(Date)
	 * @see dossier.model.casefile.CasefilePackage#getTagSpace_LastLooked()
	 * @model
	 * @generated
	 */
	Date getLastLooked();

	/**
	 * Sets the value of the '{@link dossier.model.casefile.TagSpace#getLastLooked <em>Last Looked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Looked</em>' attribute.
	 * @see #getLastLooked()
	 * @generated
	 */
	void setLastLooked(Date value);

	/**
	 * Returns the value of the '<em><b>Done Ids</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ids of the items and clips marked done in this in-tray.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Done Ids</em>' attribute list.
	 * @see dossier.model.casefile.CasefilePackage#getTagSpace_DoneIds()
	 * @model
	 * @generated
	 */
	List<String> getDoneIds();

} // TagSpace
