/**
 */
package dossier.model.casefile.impl;

import dossier.model.casefile.Author;
import dossier.model.casefile.CasefilePackage;
import dossier.model.casefile.Item;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Item</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dossier.model.casefile.impl.ItemImpl#getUrl <em>Url</em>}</li>
 *   <li>{@link dossier.model.casefile.impl.ItemImpl#getCanonicalUrl <em>Canonical Url</em>}</li>
 *   <li>{@link dossier.model.casefile.impl.ItemImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link dossier.model.casefile.impl.ItemImpl#getAuthor <em>Author</em>}</li>
 *   <li>{@link dossier.model.casefile.impl.ItemImpl#getPublished <em>Published</em>}</li>
 *   <li>{@link dossier.model.casefile.impl.ItemImpl#getCaptured <em>Captured</em>}</li>
 *   <li>{@link dossier.model.casefile.impl.ItemImpl#getLanguage <em>Language</em>}</li>
 *   <li>{@link dossier.model.casefile.impl.ItemImpl#getContentSha256 <em>Content Sha256</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class ItemImpl extends IdentifiedImpl implements Item {
	/**
	 * The default value of the '{@link #getUrl() <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrl()
	 * @generated
	 * @ordered
	 */
	protected static final String URL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUrl() <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrl()
	 * @generated
	 * @ordered
	 */
	protected String url = URL_EDEFAULT;

	/**
	 * The default value of the '{@link #getCanonicalUrl() <em>Canonical Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCanonicalUrl()
	 * @generated
	 * @ordered
	 */
	protected static final String CANONICAL_URL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCanonicalUrl() <em>Canonical Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCanonicalUrl()
	 * @generated
	 * @ordered
	 */
	protected String canonicalUrl = CANONICAL_URL_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAuthor() <em>Author</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected Author author;

	/**
	 * The default value of the '{@link #getPublished() <em>Published</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublished()
	 * @generated
	 * @ordered
	 */
	protected static final Date PUBLISHED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPublished() <em>Published</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublished()
	 * @generated
	 * @ordered
	 */
	protected Date published = PUBLISHED_EDEFAULT;

	/**
	 * The default value of the '{@link #getCaptured() <em>Captured</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaptured()
	 * @generated
	 * @ordered
	 */
	protected static final Date CAPTURED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCaptured() <em>Captured</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaptured()
	 * @generated
	 * @ordered
	 */
	protected Date captured = CAPTURED_EDEFAULT;

	/**
	 * The default value of the '{@link #getLanguage() <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguage()
	 * @generated
	 * @ordered
	 */
	protected static final String LANGUAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLanguage() <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguage()
	 * @generated
	 * @ordered
	 */
	protected String language = LANGUAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getContentSha256() <em>Content Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContentSha256()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTENT_SHA256_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContentSha256() <em>Content Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContentSha256()
	 * @generated
	 * @ordered
	 */
	protected String contentSha256 = CONTENT_SHA256_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ItemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CasefilePackage.Literals.ITEM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUrl() {
		return url;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUrl(String newUrl) {
		String oldUrl = url;
		url = newUrl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasefilePackage.ITEM__URL, oldUrl, url));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCanonicalUrl() {
		return canonicalUrl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCanonicalUrl(String newCanonicalUrl) {
		String oldCanonicalUrl = canonicalUrl;
		canonicalUrl = newCanonicalUrl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasefilePackage.ITEM__CANONICAL_URL, oldCanonicalUrl, canonicalUrl));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasefilePackage.ITEM__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Author getAuthor() {
		return author;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAuthor(Author newAuthor, NotificationChain msgs) {
		Author oldAuthor = author;
		author = newAuthor;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CasefilePackage.ITEM__AUTHOR, oldAuthor, newAuthor);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthor(Author newAuthor) {
		if (newAuthor != author) {
			NotificationChain msgs = null;
			if (author != null)
				msgs = ((InternalEObject)author).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CasefilePackage.ITEM__AUTHOR, null, msgs);
			if (newAuthor != null)
				msgs = ((InternalEObject)newAuthor).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CasefilePackage.ITEM__AUTHOR, null, msgs);
			msgs = basicSetAuthor(newAuthor, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasefilePackage.ITEM__AUTHOR, newAuthor, newAuthor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getPublished() {
		return published;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublished(Date newPublished) {
		Date oldPublished = published;
		published = newPublished;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasefilePackage.ITEM__PUBLISHED, oldPublished, published));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getCaptured() {
		return captured;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCaptured(Date newCaptured) {
		Date oldCaptured = captured;
		captured = newCaptured;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasefilePackage.ITEM__CAPTURED, oldCaptured, captured));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLanguage() {
		return language;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLanguage(String newLanguage) {
		String oldLanguage = language;
		language = newLanguage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasefilePackage.ITEM__LANGUAGE, oldLanguage, language));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContentSha256() {
		return contentSha256;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContentSha256(String newContentSha256) {
		String oldContentSha256 = contentSha256;
		contentSha256 = newContentSha256;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasefilePackage.ITEM__CONTENT_SHA256, oldContentSha256, contentSha256));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CasefilePackage.ITEM__AUTHOR:
				return basicSetAuthor(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CasefilePackage.ITEM__URL:
				return getUrl();
			case CasefilePackage.ITEM__CANONICAL_URL:
				return getCanonicalUrl();
			case CasefilePackage.ITEM__TITLE:
				return getTitle();
			case CasefilePackage.ITEM__AUTHOR:
				return getAuthor();
			case CasefilePackage.ITEM__PUBLISHED:
				return getPublished();
			case CasefilePackage.ITEM__CAPTURED:
				return getCaptured();
			case CasefilePackage.ITEM__LANGUAGE:
				return getLanguage();
			case CasefilePackage.ITEM__CONTENT_SHA256:
				return getContentSha256();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CasefilePackage.ITEM__URL:
				setUrl((String)newValue);
				return;
			case CasefilePackage.ITEM__CANONICAL_URL:
				setCanonicalUrl((String)newValue);
				return;
			case CasefilePackage.ITEM__TITLE:
				setTitle((String)newValue);
				return;
			case CasefilePackage.ITEM__AUTHOR:
				setAuthor((Author)newValue);
				return;
			case CasefilePackage.ITEM__PUBLISHED:
				setPublished((Date)newValue);
				return;
			case CasefilePackage.ITEM__CAPTURED:
				setCaptured((Date)newValue);
				return;
			case CasefilePackage.ITEM__LANGUAGE:
				setLanguage((String)newValue);
				return;
			case CasefilePackage.ITEM__CONTENT_SHA256:
				setContentSha256((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CasefilePackage.ITEM__URL:
				setUrl(URL_EDEFAULT);
				return;
			case CasefilePackage.ITEM__CANONICAL_URL:
				setCanonicalUrl(CANONICAL_URL_EDEFAULT);
				return;
			case CasefilePackage.ITEM__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case CasefilePackage.ITEM__AUTHOR:
				setAuthor((Author)null);
				return;
			case CasefilePackage.ITEM__PUBLISHED:
				setPublished(PUBLISHED_EDEFAULT);
				return;
			case CasefilePackage.ITEM__CAPTURED:
				setCaptured(CAPTURED_EDEFAULT);
				return;
			case CasefilePackage.ITEM__LANGUAGE:
				setLanguage(LANGUAGE_EDEFAULT);
				return;
			case CasefilePackage.ITEM__CONTENT_SHA256:
				setContentSha256(CONTENT_SHA256_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CasefilePackage.ITEM__URL:
				return URL_EDEFAULT == null ? url != null : !URL_EDEFAULT.equals(url);
			case CasefilePackage.ITEM__CANONICAL_URL:
				return CANONICAL_URL_EDEFAULT == null ? canonicalUrl != null : !CANONICAL_URL_EDEFAULT.equals(canonicalUrl);
			case CasefilePackage.ITEM__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case CasefilePackage.ITEM__AUTHOR:
				return author != null;
			case CasefilePackage.ITEM__PUBLISHED:
				return PUBLISHED_EDEFAULT == null ? published != null : !PUBLISHED_EDEFAULT.equals(published);
			case CasefilePackage.ITEM__CAPTURED:
				return CAPTURED_EDEFAULT == null ? captured != null : !CAPTURED_EDEFAULT.equals(captured);
			case CasefilePackage.ITEM__LANGUAGE:
				return LANGUAGE_EDEFAULT == null ? language != null : !LANGUAGE_EDEFAULT.equals(language);
			case CasefilePackage.ITEM__CONTENT_SHA256:
				return CONTENT_SHA256_EDEFAULT == null ? contentSha256 != null : !CONTENT_SHA256_EDEFAULT.equals(contentSha256);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (url: "); //$NON-NLS-1$
		result.append(url);
		result.append(", canonicalUrl: "); //$NON-NLS-1$
		result.append(canonicalUrl);
		result.append(", title: "); //$NON-NLS-1$
		result.append(title);
		result.append(", published: "); //$NON-NLS-1$
		result.append(published);
		result.append(", captured: "); //$NON-NLS-1$
		result.append(captured);
		result.append(", language: "); //$NON-NLS-1$
		result.append(language);
		result.append(", contentSha256: "); //$NON-NLS-1$
		result.append(contentSha256);
		result.append(')');
		return result.toString();
	}

} //ItemImpl
