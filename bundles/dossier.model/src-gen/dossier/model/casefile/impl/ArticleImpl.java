/**
 */
package dossier.model.casefile.impl;

import dossier.model.casefile.Article;
import dossier.model.casefile.CasefilePackage;

import org.eclipse.emf.ecore.EClass;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Article</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class ArticleImpl extends ItemImpl implements Article {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ArticleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CasefilePackage.Literals.ARTICLE;
	}

} //ArticleImpl
