/**
 */
package dossier.model.casefile;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Article</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see dossier.model.casefile.CasefilePackage#getArticle()
 * @model
 * @generated
 */
public interface Article extends Item {
} // Article
