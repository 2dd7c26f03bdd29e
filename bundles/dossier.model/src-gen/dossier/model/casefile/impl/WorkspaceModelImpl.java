/**
 */
package dossier.model.casefile.impl;

import dossier.model.casefile.Board;
import dossier.model.casefile.CasefilePackage;
import dossier.model.casefile.LinkType;
import dossier.model.casefile.SavedSearch;
import dossier.model.casefile.Source;
import dossier.model.casefile.TagScheme;
import dossier.model.casefile.TagSpace;
import dossier.model.casefile.WorkspaceModel;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Workspace Model</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dossier.model.casefile.impl.WorkspaceModelImpl#getSchemaVersion <em>Schema Version</em>}</li>
 *   <li>{@link dossier.model.casefile.impl.WorkspaceModelImpl#getTagSchemes <em>Tag Schemes</em>}</li>
 *   <li>{@link dossier.model.casefile.impl.WorkspaceModelImpl#getLinkTypes <em>Link Types</em>}</li>
 *   <li>{@link dossier.model.casefile.impl.WorkspaceModelImpl#getSavedSearches <em>Saved Searches</em>}</li>
 *   <li>{@link dossier.model.casefile.impl.WorkspaceModelImpl#getSources <em>Sources</em>}</li>
 *   <li>{@link dossier.model.casefile.impl.WorkspaceModelImpl#getTagSpaces <em>Tag Spaces</em>}</li>
 *   <li>{@link dossier.model.casefile.impl.WorkspaceModelImpl#getBoards <em>Boards</em>}</li>
 * </ul>
 *
 * @generated
 */
public class WorkspaceModelImpl extends EObjectImpl implements WorkspaceModel {
	/**
	 * The default value of the '{@link #getSchemaVersion() <em>Schema Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchemaVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int SCHEMA_VERSION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSchemaVersion() <em>Schema Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchemaVersion()
	 * @generated
	 * @ordered
	 */
	protected int schemaVersion = SCHEMA_VERSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTagSchemes() <em>Tag Schemes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTagSchemes()
	 * @generated
	 * @ordered
	 */
	protected EList<TagScheme> tagSchemes;

	/**
	 * The cached value of the '{@link #getLinkTypes() <em>Link Types</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLinkTypes()
	 * @generated
	 * @ordered
	 */
	protected EList<LinkType> linkTypes;

	/**
	 * The cached value of the '{@link #getSavedSearches() <em>Saved Searches</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSavedSearches()
	 * @generated
	 * @ordered
	 */
	protected EList<SavedSearch> savedSearches;

	/**
	 * The cached value of the '{@link #getSources() <em>Sources</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSources()
	 * @generated
	 * @ordered
	 */
	protected EList<Source> sources;

	/**
	 * The cached value of the '{@link #getTagSpaces() <em>Tag Spaces</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTagSpaces()
	 * @generated
	 * @ordered
	 */
	protected EList<TagSpace> tagSpaces;

	/**
	 * The cached value of the '{@link #getBoards() <em>Boards</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBoards()
	 * @generated
	 * @ordered
	 */
	protected EList<Board> boards;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WorkspaceModelImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CasefilePackage.Literals.WORKSPACE_MODEL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSchemaVersion() {
		return schemaVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSchemaVersion(int newSchemaVersion) {
		int oldSchemaVersion = schemaVersion;
		schemaVersion = newSchemaVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasefilePackage.WORKSPACE_MODEL__SCHEMA_VERSION, oldSchemaVersion, schemaVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<TagScheme> getTagSchemes() {
		if (tagSchemes == null) {
			tagSchemes = new EObjectContainmentEList<TagScheme>(TagScheme.class, this, CasefilePackage.WORKSPACE_MODEL__TAG_SCHEMES);
		}
		return tagSchemes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<LinkType> getLinkTypes() {
		if (linkTypes == null) {
			linkTypes = new EObjectContainmentEList<LinkType>(LinkType.class, this, CasefilePackage.WORKSPACE_MODEL__LINK_TYPES);
		}
		return linkTypes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<SavedSearch> getSavedSearches() {
		if (savedSearches == null) {
			savedSearches = new EObjectContainmentEList<SavedSearch>(SavedSearch.class, this, CasefilePackage.WORKSPACE_MODEL__SAVED_SEARCHES);
		}
		return savedSearches;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<Source> getSources() {
		if (sources == null) {
			sources = new EObjectContainmentEList<Source>(Source.class, this, CasefilePackage.WORKSPACE_MODEL__SOURCES);
		}
		return sources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<TagSpace> getTagSpaces() {
		if (tagSpaces == null) {
			tagSpaces = new EObjectContainmentEList<TagSpace>(TagSpace.class, this, CasefilePackage.WORKSPACE_MODEL__TAG_SPACES);
		}
		return tagSpaces;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<Board> getBoards() {
		if (boards == null) {
			boards = new EObjectContainmentEList<Board>(Board.class, this, CasefilePackage.WORKSPACE_MODEL__BOARDS);
		}
		return boards;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CasefilePackage.WORKSPACE_MODEL__TAG_SCHEMES:
				return ((InternalEList<?>)getTagSchemes()).basicRemove(otherEnd, msgs);
			case CasefilePackage.WORKSPACE_MODEL__LINK_TYPES:
				return ((InternalEList<?>)getLinkTypes()).basicRemove(otherEnd, msgs);
			case CasefilePackage.WORKSPACE_MODEL__SAVED_SEARCHES:
				return ((InternalEList<?>)getSavedSearches()).basicRemove(otherEnd, msgs);
			case CasefilePackage.WORKSPACE_MODEL__SOURCES:
				return ((InternalEList<?>)getSources()).basicRemove(otherEnd, msgs);
			case CasefilePackage.WORKSPACE_MODEL__TAG_SPACES:
				return ((InternalEList<?>)getTagSpaces()).basicRemove(otherEnd, msgs);
			case CasefilePackage.WORKSPACE_MODEL__BOARDS:
				return ((InternalEList<?>)getBoards()).basicRemove(otherEnd, msgs);
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
			case CasefilePackage.WORKSPACE_MODEL__SCHEMA_VERSION:
				return getSchemaVersion();
			case CasefilePackage.WORKSPACE_MODEL__TAG_SCHEMES:
				return getTagSchemes();
			case CasefilePackage.WORKSPACE_MODEL__LINK_TYPES:
				return getLinkTypes();
			case CasefilePackage.WORKSPACE_MODEL__SAVED_SEARCHES:
				return getSavedSearches();
			case CasefilePackage.WORKSPACE_MODEL__SOURCES:
				return getSources();
			case CasefilePackage.WORKSPACE_MODEL__TAG_SPACES:
				return getTagSpaces();
			case CasefilePackage.WORKSPACE_MODEL__BOARDS:
				return getBoards();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CasefilePackage.WORKSPACE_MODEL__SCHEMA_VERSION:
				setSchemaVersion((Integer)newValue);
				return;
			case CasefilePackage.WORKSPACE_MODEL__TAG_SCHEMES:
				getTagSchemes().clear();
				getTagSchemes().addAll((Collection<? extends TagScheme>)newValue);
				return;
			case CasefilePackage.WORKSPACE_MODEL__LINK_TYPES:
				getLinkTypes().clear();
				getLinkTypes().addAll((Collection<? extends LinkType>)newValue);
				return;
			case CasefilePackage.WORKSPACE_MODEL__SAVED_SEARCHES:
				getSavedSearches().clear();
				getSavedSearches().addAll((Collection<? extends SavedSearch>)newValue);
				return;
			case CasefilePackage.WORKSPACE_MODEL__SOURCES:
				getSources().clear();
				getSources().addAll((Collection<? extends Source>)newValue);
				return;
			case CasefilePackage.WORKSPACE_MODEL__TAG_SPACES:
				getTagSpaces().clear();
				getTagSpaces().addAll((Collection<? extends TagSpace>)newValue);
				return;
			case CasefilePackage.WORKSPACE_MODEL__BOARDS:
				getBoards().clear();
				getBoards().addAll((Collection<? extends Board>)newValue);
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
			case CasefilePackage.WORKSPACE_MODEL__SCHEMA_VERSION:
				setSchemaVersion(SCHEMA_VERSION_EDEFAULT);
				return;
			case CasefilePackage.WORKSPACE_MODEL__TAG_SCHEMES:
				getTagSchemes().clear();
				return;
			case CasefilePackage.WORKSPACE_MODEL__LINK_TYPES:
				getLinkTypes().clear();
				return;
			case CasefilePackage.WORKSPACE_MODEL__SAVED_SEARCHES:
				getSavedSearches().clear();
				return;
			case CasefilePackage.WORKSPACE_MODEL__SOURCES:
				getSources().clear();
				return;
			case CasefilePackage.WORKSPACE_MODEL__TAG_SPACES:
				getTagSpaces().clear();
				return;
			case CasefilePackage.WORKSPACE_MODEL__BOARDS:
				getBoards().clear();
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
			case CasefilePackage.WORKSPACE_MODEL__SCHEMA_VERSION:
				return schemaVersion != SCHEMA_VERSION_EDEFAULT;
			case CasefilePackage.WORKSPACE_MODEL__TAG_SCHEMES:
				return tagSchemes != null && !tagSchemes.isEmpty();
			case CasefilePackage.WORKSPACE_MODEL__LINK_TYPES:
				return linkTypes != null && !linkTypes.isEmpty();
			case CasefilePackage.WORKSPACE_MODEL__SAVED_SEARCHES:
				return savedSearches != null && !savedSearches.isEmpty();
			case CasefilePackage.WORKSPACE_MODEL__SOURCES:
				return sources != null && !sources.isEmpty();
			case CasefilePackage.WORKSPACE_MODEL__TAG_SPACES:
				return tagSpaces != null && !tagSpaces.isEmpty();
			case CasefilePackage.WORKSPACE_MODEL__BOARDS:
				return boards != null && !boards.isEmpty();
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
		result.append(" (schemaVersion: "); //$NON-NLS-1$
		result.append(schemaVersion);
		result.append(')');
		return result.toString();
	}

} //WorkspaceModelImpl
