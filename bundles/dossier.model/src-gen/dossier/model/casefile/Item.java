/**
 */
package dossier.model.casefile;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An article, mention or document. Items live in the append-only item store and are made on
 * demand from it; they are never persisted in XMI.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dossier.model.casefile.Item#getUrl <em>Url</em>}</li>
 *   <li>{@link dossier.model.casefile.Item#getCanonicalUrl <em>Canonical Url</em>}</li>
 *   <li>{@link dossier.model.casefile.Item#getTitle <em>Title</em>}</li>
 *   <li>{@link dossier.model.casefile.Item#getAuthor <em>Author</em>}</li>
 *   <li>{@link dossier.model.casefile.Item#getPublished <em>Published</em>}</li>
 *   <li>{@link dossier.model.casefile.Item#getCaptured <em>Captured</em>}</li>
 *   <li>{@link dossier.model.casefile.Item#getLanguage <em>Language</em>}</li>
 *   <li>{@link dossier.model.casefile.Item#getContentSha256 <em>Content Sha256</em>}</li>
 * </ul>
 *
 * @see dossier.model.casefile.CasefilePackage#getItem()
 * @model abstract="true"
 * @generated
 */
public interface Item extends Identified {
	/**
	 * Returns the value of the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Url</em>' attribute.
	 * @see #setUrl(String)
	 * @see dossier.model.casefile.CasefilePackage#getItem_Url()
	 * @model
	 * @generated
	 */
	String getUrl();

	/**
	 * Sets the value of the '{@link dossier.model.casefile.Item#getUrl <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Url</em>' attribute.
	 * @see #getUrl()
	 * @generated
	 */
	void setUrl(String value);

	/**
	 * Returns the value of the '<em><b>Canonical Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Canonical Url</em>' attribute.
	 * @see #setCanonicalUrl(String)
	 * @see dossier.model.casefile.CasefilePackage#getItem_CanonicalUrl()
	 * @model
	 * @generated
	 */
	String getCanonicalUrl();

	/**
	 * Sets the value of the '{@link dossier.model.casefile.Item#getCanonicalUrl <em>Canonical Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Canonical Url</em>' attribute.
	 * @see #getCanonicalUrl()
	 * @generated
	 */
	void setCanonicalUrl(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see dossier.model.casefile.CasefilePackage#getItem_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link dossier.model.casefile.Item#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Author</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Author</em>' containment reference.
	 * @see #setAuthor(Author)
	 * @see dossier.model.casefile.CasefilePackage#getItem_Author()
	 * @model containment="true"
	 * @generated
	 */
	Author getAuthor();

	/**
	 * Sets the value of the '{@link dossier.model.casefile.Item#getAuthor <em>Author</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author</em>' containment reference.
	 * @see #getAuthor()
	 * @generated
	 */
	void setAuthor(Author value);

	/**
	 * Returns the value of the '<em><b>Published</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Published</em>' attribute.
	 * @see #setPublished(Date)
	 * @see dossier.model.casefile.CasefilePackage#getItem_Published()
	 * @model
	 * @generated
	 */
	Date getPublished();

	/**
	 * Sets the value of the '{@link dossier.model.casefile.Item#getPublished <em>Published</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Published</em>' attribute.
	 * @see #getPublished()
	 * @generated
	 */
	void setPublished(Date value);

	/**
	 * Returns the value of the '<em><b>Captured</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Captured</em>' attribute.
	 * @see #setCaptured(Date)
	 * @see dossier.model.casefile.CasefilePackage#getItem_Captured()
	 * @model
	 * @generated
	 */
	Date getCaptured();

	/**
	 * Sets the value of the '{@link dossier.model.casefile.Item#getCaptured <em>Captured</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Captured</em>' attribute.
	 * @see #getCaptured()
	 * @generated
	 */
	void setCaptured(Date value);

	/**
	 * Returns the value of the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Language</em>' attribute.
	 * @see #setLanguage(String)
	 * @see dossier.model.casefile.CasefilePackage#getItem_Language()
	 * @model
	 * @generated
	 */
	String getLanguage();

	/**
	 * Sets the value of the '{@link dossier.model.casefile.Item#getLanguage <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Language</em>' attribute.
	 * @see #getLanguage()
	 * @generated
	 */
	void setLanguage(String value);

	/**
	 * Returns the value of the '<em><b>Content Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Content Sha256</em>' attribute.
	 * @see #setContentSha256(String)
	 * @see dossier.model.casefile.CasefilePackage#getItem_ContentSha256()
	 * @model
	 * @generated
	 */
	String getContentSha256();

	/**
	 * Sets the value of the '{@link dossier.model.casefile.Item#getContentSha256 <em>Content Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Content Sha256</em>' attribute.
	 * @see #getContentSha256()
	 * @generated
	 */
	void setContentSha256(String value);

} // Item
