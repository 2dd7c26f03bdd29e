/**
 */
package dossier.model.casefile;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Dossier's research model, schema version 2 (version 1 had no CaseFile.status; Tag.colour and
 * the tag spaces are optional additions that schema 2 files without them read as empty).
 * workspace.xmi holds one WorkspaceModel; casefiles/<id>.xmi one CaseFile each. Items live in the
 * append-only item store, not in XMI: case files, clips, notes, tag assignments and cross-references
 * point at them by item id.
 * <!-- end-model-doc -->
 * @see dossier.model.casefile.CasefileFactory
 * @model kind="package"
 * @generated
 */
public interface CasefilePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "casefile"; //$NON-NLS-1$

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://dossier.org/model/casefile/2"; //$NON-NLS-1$

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "casefile"; //$NON-NLS-1$

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CasefilePackage eINSTANCE = dossier.model.casefile.impl.CasefilePackageImpl.init();

	/**
	 * The meta object id for the '{@link dossier.model.casefile.impl.IdentifiedImpl <em>Identified</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dossier.model.casefile.impl.IdentifiedImpl
	 * @see dossier.model.casefile.impl.CasefilePackageImpl#getIdentified()
	 * @generated
	 */
	int IDENTIFIED = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__ID = 0;

	/**
	 * The number of structural features of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dossier.model.casefile.impl.WorkspaceModelImpl <em>Workspace Model</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dossier.model.casefile.impl.WorkspaceModelImpl
	 * @see dossier.model.casefile.impl.CasefilePackageImpl#getWorkspaceModel()
	 * @generated
	 */
	int WORKSPACE_MODEL = 1;

	/**
	 * The feature id for the '<em><b>Schema Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE_MODEL__SCHEMA_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Tag Schemes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE_MODEL__TAG_SCHEMES = 1;

	/**
	 * The feature id for the '<em><b>Link Types</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE_MODEL__LINK_TYPES = 2;

	/**
	 * The feature id for the '<em><b>Saved Searches</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE_MODEL__SAVED_SEARCHES = 3;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE_MODEL__SOURCES = 4;

	/**
	 * The feature id for the '<em><b>Tag Spaces</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE_MODEL__TAG_SPACES = 5;

	/**
	 * The feature id for the '<em><b>Boards</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE_MODEL__BOARDS = 6;

	/**
	 * The number of structural features of the '<em>Workspace Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE_MODEL_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Workspace Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE_MODEL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dossier.model.casefile.impl.CaseFileImpl <em>Case File</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dossier.model.casefile.impl.CaseFileImpl
	 * @see dossier.model.casefile.impl.CasefilePackageImpl#getCaseFile()
	 * @generated
	 */
	int CASE_FILE = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_FILE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_FILE__TITLE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_FILE__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_FILE__STATUS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_FILE__CREATED = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_FILE__MODIFIED = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Item Ids</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_FILE__ITEM_IDS = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Clips</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_FILE__CLIPS = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_FILE__NOTES = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Cross References</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_FILE__CROSS_REFERENCES = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Tag Assignments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_FILE__TAG_ASSIGNMENTS = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Case File</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_FILE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Case File</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_FILE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dossier.model.casefile.impl.SourceImpl <em>Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dossier.model.casefile.impl.SourceImpl
	 * @see dossier.model.casefile.impl.CasefilePackageImpl#getSource()
	 * @generated
	 */
	int SOURCE = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Connector Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__CONNECTOR_ID = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__NAME = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__PARAMETERS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Schedule</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__SCHEDULE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Last Fetch</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__LAST_FETCH = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dossier.model.casefile.impl.ParameterImpl <em>Parameter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dossier.model.casefile.impl.ParameterImpl
	 * @see dossier.model.casefile.impl.CasefilePackageImpl#getParameter()
	 * @generated
	 */
	int PARAMETER = 4;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dossier.model.casefile.impl.FetchResultImpl <em>Fetch Result</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dossier.model.casefile.impl.FetchResultImpl
	 * @see dossier.model.casefile.impl.CasefilePackageImpl#getFetchResult()
	 * @generated
	 */
	int FETCH_RESULT = 5;

	/**
	 * The feature id for the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FETCH_RESULT__TIME = 0;

	/**
	 * The feature id for the '<em><b>Ok</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FETCH_RESULT__OK = 1;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FETCH_RESULT__MESSAGE = 2;

	/**
	 * The feature id for the '<em><b>Item Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FETCH_RESULT__ITEM_COUNT = 3;

	/**
	 * The number of structural features of the '<em>Fetch Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FETCH_RESULT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Fetch Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FETCH_RESULT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dossier.model.casefile.impl.ItemImpl <em>Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dossier.model.casefile.impl.ItemImpl
	 * @see dossier.model.casefile.impl.CasefilePackageImpl#getItem()
	 * @generated
	 */
	int ITEM = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__URL = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Canonical Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__CANONICAL_URL = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__TITLE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Author</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__AUTHOR = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Published</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__PUBLISHED = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Captured</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__CAPTURED = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__LANGUAGE = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Content Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__CONTENT_SHA256 = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dossier.model.casefile.impl.AuthorImpl <em>Author</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dossier.model.casefile.impl.AuthorImpl
	 * @see dossier.model.casefile.impl.CasefilePackageImpl#getAuthor()
	 * @generated
	 */
	int AUTHOR = 7;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTHOR__NAME = 0;

	/**
	 * The feature id for the '<em><b>Handle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTHOR__HANDLE = 1;

	/**
	 * The feature id for the '<em><b>Follower Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTHOR__FOLLOWER_COUNT = 2;

	/**
	 * The number of structural features of the '<em>Author</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTHOR_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Author</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTHOR_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dossier.model.casefile.impl.ArticleImpl <em>Article</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dossier.model.casefile.impl.ArticleImpl
	 * @see dossier.model.casefile.impl.CasefilePackageImpl#getArticle()
	 * @generated
	 */
	int ARTICLE = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE__ID = ITEM__ID;

	/**
	 * The feature id for the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE__URL = ITEM__URL;

	/**
	 * The feature id for the '<em><b>Canonical Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE__CANONICAL_URL = ITEM__CANONICAL_URL;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE__TITLE = ITEM__TITLE;

	/**
	 * The feature id for the '<em><b>Author</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE__AUTHOR = ITEM__AUTHOR;

	/**
	 * The feature id for the '<em><b>Published</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE__PUBLISHED = ITEM__PUBLISHED;

	/**
	 * The feature id for the '<em><b>Captured</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE__CAPTURED = ITEM__CAPTURED;

	/**
	 * The feature id for the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE__LANGUAGE = ITEM__LANGUAGE;

	/**
	 * The feature id for the '<em><b>Content Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE__CONTENT_SHA256 = ITEM__CONTENT_SHA256;

	/**
	 * The number of structural features of the '<em>Article</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_FEATURE_COUNT = ITEM_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Article</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_OPERATION_COUNT = ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dossier.model.casefile.impl.MentionImpl <em>Mention</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dossier.model.casefile.impl.MentionImpl
	 * @see dossier.model.casefile.impl.CasefilePackageImpl#getMention()
	 * @generated
	 */
	int MENTION = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MENTION__ID = ITEM__ID;

	/**
	 * The feature id for the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MENTION__URL = ITEM__URL;

	/**
	 * The feature id for the '<em><b>Canonical Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MENTION__CANONICAL_URL = ITEM__CANONICAL_URL;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MENTION__TITLE = ITEM__TITLE;

	/**
	 * The feature id for the '<em><b>Author</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MENTION__AUTHOR = ITEM__AUTHOR;

	/**
	 * The feature id for the '<em><b>Published</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MENTION__PUBLISHED = ITEM__PUBLISHED;

	/**
	 * The feature id for the '<em><b>Captured</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MENTION__CAPTURED = ITEM__CAPTURED;

	/**
	 * The feature id for the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MENTION__LANGUAGE = ITEM__LANGUAGE;

	/**
	 * The feature id for the '<em><b>Content Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MENTION__CONTENT_SHA256 = ITEM__CONTENT_SHA256;

	/**
	 * The feature id for the '<em><b>Platform</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MENTION__PLATFORM = ITEM_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Mention</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MENTION_FEATURE_COUNT = ITEM_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Mention</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MENTION_OPERATION_COUNT = ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dossier.model.casefile.impl.DocumentImpl <em>Document</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dossier.model.casefile.impl.DocumentImpl
	 * @see dossier.model.casefile.impl.CasefilePackageImpl#getDocument()
	 * @generated
	 */
	int DOCUMENT = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__ID = ITEM__ID;

	/**
	 * The feature id for the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__URL = ITEM__URL;

	/**
	 * The feature id for the '<em><b>Canonical Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__CANONICAL_URL = ITEM__CANONICAL_URL;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__TITLE = ITEM__TITLE;

	/**
	 * The feature id for the '<em><b>Author</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__AUTHOR = ITEM__AUTHOR;

	/**
	 * The feature id for the '<em><b>Published</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__PUBLISHED = ITEM__PUBLISHED;

	/**
	 * The feature id for the '<em><b>Captured</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__CAPTURED = ITEM__CAPTURED;

	/**
	 * The feature id for the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__LANGUAGE = ITEM__LANGUAGE;

	/**
	 * The feature id for the '<em><b>Content Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__CONTENT_SHA256 = ITEM__CONTENT_SHA256;

	/**
	 * The feature id for the '<em><b>File Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__FILE_NAME = ITEM_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Media Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__MEDIA_TYPE = ITEM_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_FEATURE_COUNT = ITEM_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_OPERATION_COUNT = ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dossier.model.casefile.impl.ClipImpl <em>Clip</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dossier.model.casefile.impl.ClipImpl
	 * @see dossier.model.casefile.impl.CasefilePackageImpl#getClip()
	 * @generated
	 */
	int CLIP = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIP__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Item Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIP__ITEM_ID = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Exact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIP__EXACT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Prefix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIP__PREFIX = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Suffix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIP__SUFFIX = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIP__START = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIP__END = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIP__STATE = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIP__CREATED = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Clip</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIP_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Clip</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIP_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dossier.model.casefile.impl.NoteImpl <em>Note</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dossier.model.casefile.impl.NoteImpl
	 * @see dossier.model.casefile.impl.CasefilePackageImpl#getNote()
	 * @generated
	 */
	int NOTE = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__TEXT = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__CREATED = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__MODIFIED = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Target Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__TARGET_ID = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Note</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Note</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dossier.model.casefile.impl.TagSchemeImpl <em>Tag Scheme</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dossier.model.casefile.impl.TagSchemeImpl
	 * @see dossier.model.casefile.impl.CasefilePackageImpl#getTagScheme()
	 * @generated
	 */
	int TAG_SCHEME = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG_SCHEME__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG_SCHEME__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG_SCHEME__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG_SCHEME__TAGS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Sets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG_SCHEME__SETS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Tag Scheme</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG_SCHEME_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Tag Scheme</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG_SCHEME_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dossier.model.casefile.impl.TagSetImpl <em>Tag Set</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dossier.model.casefile.impl.TagSetImpl
	 * @see dossier.model.casefile.impl.CasefilePackageImpl#getTagSet()
	 * @generated
	 */
	int TAG_SET = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG_SET__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG_SET__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG_SET__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Member Ids</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG_SET__MEMBER_IDS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Tag Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG_SET_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Tag Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG_SET_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dossier.model.casefile.impl.TagImpl <em>Tag</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dossier.model.casefile.impl.TagImpl
	 * @see dossier.model.casefile.impl.CasefilePackageImpl#getTag()
	 * @generated
	 */
	int TAG = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Colour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG__COLOUR = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Children</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG__CHILDREN = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Tag</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Get Path</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG___GET_PATH = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Tag</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link dossier.model.casefile.impl.TagSpaceImpl <em>Tag Space</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dossier.model.casefile.impl.TagSpaceImpl
	 * @see dossier.model.casefile.impl.CasefilePackageImpl#getTagSpace()
	 * @generated
	 */
	int TAG_SPACE = 16;

	/**
	 * The feature id for the '<em><b>Tag</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG_SPACE__TAG = 0;

	/**
	 * The feature id for the '<em><b>Last Looked</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG_SPACE__LAST_LOOKED = 1;

	/**
	 * The feature id for the '<em><b>Done Ids</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG_SPACE__DONE_IDS = 2;

	/**
	 * The number of structural features of the '<em>Tag Space</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG_SPACE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Tag Space</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG_SPACE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dossier.model.casefile.impl.TagAssignmentImpl <em>Tag Assignment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dossier.model.casefile.impl.TagAssignmentImpl
	 * @see dossier.model.casefile.impl.CasefilePackageImpl#getTagAssignment()
	 * @generated
	 */
	int TAG_ASSIGNMENT = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG_ASSIGNMENT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Tag</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG_ASSIGNMENT__TAG = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG_ASSIGNMENT__TARGET_ID = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG_ASSIGNMENT__CREATED = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Tag Assignment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG_ASSIGNMENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Tag Assignment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG_ASSIGNMENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dossier.model.casefile.impl.LinkTypeImpl <em>Link Type</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dossier.model.casefile.impl.LinkTypeImpl
	 * @see dossier.model.casefile.impl.CasefilePackageImpl#getLinkType()
	 * @generated
	 */
	int LINK_TYPE = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_TYPE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_TYPE__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Inverse Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_TYPE__INVERSE_NAME = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Built In</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_TYPE__BUILT_IN = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Link Type</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_TYPE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Link Type</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_TYPE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dossier.model.casefile.impl.CrossReferenceImpl <em>Cross Reference</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dossier.model.casefile.impl.CrossReferenceImpl
	 * @see dossier.model.casefile.impl.CasefilePackageImpl#getCrossReference()
	 * @generated
	 */
	int CROSS_REFERENCE = 19;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_REFERENCE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>From Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_REFERENCE__FROM_ID = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>To Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_REFERENCE__TO_ID = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Type</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_REFERENCE__TYPE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_REFERENCE__NOTE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_REFERENCE__CREATED = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Cross Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_REFERENCE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Cross Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_REFERENCE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dossier.model.casefile.impl.SavedSearchImpl <em>Saved Search</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dossier.model.casefile.impl.SavedSearchImpl
	 * @see dossier.model.casefile.impl.CasefilePackageImpl#getSavedSearch()
	 * @generated
	 */
	int SAVED_SEARCH = 20;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAVED_SEARCH__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAVED_SEARCH__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Query</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAVED_SEARCH__QUERY = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAVED_SEARCH__CREATED = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Last Run</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAVED_SEARCH__LAST_RUN = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Saved Search</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAVED_SEARCH_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Saved Search</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAVED_SEARCH_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dossier.model.casefile.impl.BoardImpl <em>Board</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dossier.model.casefile.impl.BoardImpl
	 * @see dossier.model.casefile.impl.CasefilePackageImpl#getBoard()
	 * @generated
	 */
	int BOARD = 21;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOARD__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOARD__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Panels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOARD__PANELS = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Board</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOARD_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Board</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOARD_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dossier.model.casefile.impl.PanelImpl <em>Panel</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dossier.model.casefile.impl.PanelImpl
	 * @see dossier.model.casefile.impl.CasefilePackageImpl#getPanel()
	 * @generated
	 */
	int PANEL = 22;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PANEL__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PANEL__KIND = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PANEL__TITLE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PANEL__COLUMN = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Row</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PANEL__ROW = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PANEL__WIDTH = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PANEL__HEIGHT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PANEL__PARAMETERS = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Panel</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PANEL_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Panel</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PANEL_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dossier.model.casefile.CaseStatus <em>Case Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dossier.model.casefile.CaseStatus
	 * @see dossier.model.casefile.impl.CasefilePackageImpl#getCaseStatus()
	 * @generated
	 */
	int CASE_STATUS = 23;

	/**
	 * The meta object id for the '{@link dossier.model.casefile.AnchorState <em>Anchor State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dossier.model.casefile.AnchorState
	 * @see dossier.model.casefile.impl.CasefilePackageImpl#getAnchorState()
	 * @generated
	 */
	int ANCHOR_STATE = 24;


	/**
	 * Returns the meta object for class '{@link dossier.model.casefile.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identified</em>'.
	 * @see dossier.model.casefile.Identified
	 * @generated
	 */
	EClass getIdentified();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.Identified#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see dossier.model.casefile.Identified#getId()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_Id();

	/**
	 * Returns the meta object for class '{@link dossier.model.casefile.WorkspaceModel <em>Workspace Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Workspace Model</em>'.
	 * @see dossier.model.casefile.WorkspaceModel
	 * @generated
	 */
	EClass getWorkspaceModel();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.WorkspaceModel#getSchemaVersion <em>Schema Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Schema Version</em>'.
	 * @see dossier.model.casefile.WorkspaceModel#getSchemaVersion()
	 * @see #getWorkspaceModel()
	 * @generated
	 */
	EAttribute getWorkspaceModel_SchemaVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link dossier.model.casefile.WorkspaceModel#getTagSchemes <em>Tag Schemes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tag Schemes</em>'.
	 * @see dossier.model.casefile.WorkspaceModel#getTagSchemes()
	 * @see #getWorkspaceModel()
	 * @generated
	 */
	EReference getWorkspaceModel_TagSchemes();

	/**
	 * Returns the meta object for the containment reference list '{@link dossier.model.casefile.WorkspaceModel#getLinkTypes <em>Link Types</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Link Types</em>'.
	 * @see dossier.model.casefile.WorkspaceModel#getLinkTypes()
	 * @see #getWorkspaceModel()
	 * @generated
	 */
	EReference getWorkspaceModel_LinkTypes();

	/**
	 * Returns the meta object for the containment reference list '{@link dossier.model.casefile.WorkspaceModel#getSavedSearches <em>Saved Searches</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Saved Searches</em>'.
	 * @see dossier.model.casefile.WorkspaceModel#getSavedSearches()
	 * @see #getWorkspaceModel()
	 * @generated
	 */
	EReference getWorkspaceModel_SavedSearches();

	/**
	 * Returns the meta object for the containment reference list '{@link dossier.model.casefile.WorkspaceModel#getSources <em>Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sources</em>'.
	 * @see dossier.model.casefile.WorkspaceModel#getSources()
	 * @see #getWorkspaceModel()
	 * @generated
	 */
	EReference getWorkspaceModel_Sources();

	/**
	 * Returns the meta object for the containment reference list '{@link dossier.model.casefile.WorkspaceModel#getTagSpaces <em>Tag Spaces</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tag Spaces</em>'.
	 * @see dossier.model.casefile.WorkspaceModel#getTagSpaces()
	 * @see #getWorkspaceModel()
	 * @generated
	 */
	EReference getWorkspaceModel_TagSpaces();

	/**
	 * Returns the meta object for the containment reference list '{@link dossier.model.casefile.WorkspaceModel#getBoards <em>Boards</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Boards</em>'.
	 * @see dossier.model.casefile.WorkspaceModel#getBoards()
	 * @see #getWorkspaceModel()
	 * @generated
	 */
	EReference getWorkspaceModel_Boards();

	/**
	 * Returns the meta object for class '{@link dossier.model.casefile.CaseFile <em>Case File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Case File</em>'.
	 * @see dossier.model.casefile.CaseFile
	 * @generated
	 */
	EClass getCaseFile();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.CaseFile#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see dossier.model.casefile.CaseFile#getTitle()
	 * @see #getCaseFile()
	 * @generated
	 */
	EAttribute getCaseFile_Title();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.CaseFile#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see dossier.model.casefile.CaseFile#getDescription()
	 * @see #getCaseFile()
	 * @generated
	 */
	EAttribute getCaseFile_Description();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.CaseFile#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see dossier.model.casefile.CaseFile#getStatus()
	 * @see #getCaseFile()
	 * @generated
	 */
	EAttribute getCaseFile_Status();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.CaseFile#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see dossier.model.casefile.CaseFile#getCreated()
	 * @see #getCaseFile()
	 * @generated
	 */
	EAttribute getCaseFile_Created();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.CaseFile#getModified <em>Modified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Modified</em>'.
	 * @see dossier.model.casefile.CaseFile#getModified()
	 * @see #getCaseFile()
	 * @generated
	 */
	EAttribute getCaseFile_Modified();

	/**
	 * Returns the meta object for the attribute list '{@link dossier.model.casefile.CaseFile#getItemIds <em>Item Ids</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Item Ids</em>'.
	 * @see dossier.model.casefile.CaseFile#getItemIds()
	 * @see #getCaseFile()
	 * @generated
	 */
	EAttribute getCaseFile_ItemIds();

	/**
	 * Returns the meta object for the containment reference list '{@link dossier.model.casefile.CaseFile#getClips <em>Clips</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Clips</em>'.
	 * @see dossier.model.casefile.CaseFile#getClips()
	 * @see #getCaseFile()
	 * @generated
	 */
	EReference getCaseFile_Clips();

	/**
	 * Returns the meta object for the containment reference list '{@link dossier.model.casefile.CaseFile#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Notes</em>'.
	 * @see dossier.model.casefile.CaseFile#getNotes()
	 * @see #getCaseFile()
	 * @generated
	 */
	EReference getCaseFile_Notes();

	/**
	 * Returns the meta object for the containment reference list '{@link dossier.model.casefile.CaseFile#getCrossReferences <em>Cross References</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Cross References</em>'.
	 * @see dossier.model.casefile.CaseFile#getCrossReferences()
	 * @see #getCaseFile()
	 * @generated
	 */
	EReference getCaseFile_CrossReferences();

	/**
	 * Returns the meta object for the containment reference list '{@link dossier.model.casefile.CaseFile#getTagAssignments <em>Tag Assignments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tag Assignments</em>'.
	 * @see dossier.model.casefile.CaseFile#getTagAssignments()
	 * @see #getCaseFile()
	 * @generated
	 */
	EReference getCaseFile_TagAssignments();

	/**
	 * Returns the meta object for class '{@link dossier.model.casefile.Source <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Source</em>'.
	 * @see dossier.model.casefile.Source
	 * @generated
	 */
	EClass getSource();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.Source#getConnectorId <em>Connector Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Connector Id</em>'.
	 * @see dossier.model.casefile.Source#getConnectorId()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_ConnectorId();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.Source#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see dossier.model.casefile.Source#getName()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Name();

	/**
	 * Returns the meta object for the map '{@link dossier.model.casefile.Source#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Parameters</em>'.
	 * @see dossier.model.casefile.Source#getParameters()
	 * @see #getSource()
	 * @generated
	 */
	EReference getSource_Parameters();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.Source#getSchedule <em>Schedule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Schedule</em>'.
	 * @see dossier.model.casefile.Source#getSchedule()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Schedule();

	/**
	 * Returns the meta object for the containment reference '{@link dossier.model.casefile.Source#getLastFetch <em>Last Fetch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Last Fetch</em>'.
	 * @see dossier.model.casefile.Source#getLastFetch()
	 * @see #getSource()
	 * @generated
	 */
	EReference getSource_LastFetch();

	/**
	 * Returns the meta object for class '{@link java.util.Map.Entry <em>Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Parameter</em>'.
	 * @see java.util.Map.Entry
	 * @model keyDataType="org.eclipse.emf.ecore.EString"
	 *        valueDataType="org.eclipse.emf.ecore.EString"
	 * @generated
	 */
	EClass getParameter();

	/**
	 * Returns the meta object for the attribute '{@link java.util.Map.Entry <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see java.util.Map.Entry
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Key();

	/**
	 * Returns the meta object for the attribute '{@link java.util.Map.Entry <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see java.util.Map.Entry
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Value();

	/**
	 * Returns the meta object for class '{@link dossier.model.casefile.FetchResult <em>Fetch Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Fetch Result</em>'.
	 * @see dossier.model.casefile.FetchResult
	 * @generated
	 */
	EClass getFetchResult();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.FetchResult#getTime <em>Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time</em>'.
	 * @see dossier.model.casefile.FetchResult#getTime()
	 * @see #getFetchResult()
	 * @generated
	 */
	EAttribute getFetchResult_Time();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.FetchResult#isOk <em>Ok</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ok</em>'.
	 * @see dossier.model.casefile.FetchResult#isOk()
	 * @see #getFetchResult()
	 * @generated
	 */
	EAttribute getFetchResult_Ok();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.FetchResult#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see dossier.model.casefile.FetchResult#getMessage()
	 * @see #getFetchResult()
	 * @generated
	 */
	EAttribute getFetchResult_Message();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.FetchResult#getItemCount <em>Item Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Item Count</em>'.
	 * @see dossier.model.casefile.FetchResult#getItemCount()
	 * @see #getFetchResult()
	 * @generated
	 */
	EAttribute getFetchResult_ItemCount();

	/**
	 * Returns the meta object for class '{@link dossier.model.casefile.Item <em>Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Item</em>'.
	 * @see dossier.model.casefile.Item
	 * @generated
	 */
	EClass getItem();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.Item#getUrl <em>Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Url</em>'.
	 * @see dossier.model.casefile.Item#getUrl()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_Url();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.Item#getCanonicalUrl <em>Canonical Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Canonical Url</em>'.
	 * @see dossier.model.casefile.Item#getCanonicalUrl()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_CanonicalUrl();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.Item#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see dossier.model.casefile.Item#getTitle()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_Title();

	/**
	 * Returns the meta object for the containment reference '{@link dossier.model.casefile.Item#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Author</em>'.
	 * @see dossier.model.casefile.Item#getAuthor()
	 * @see #getItem()
	 * @generated
	 */
	EReference getItem_Author();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.Item#getPublished <em>Published</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Published</em>'.
	 * @see dossier.model.casefile.Item#getPublished()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_Published();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.Item#getCaptured <em>Captured</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Captured</em>'.
	 * @see dossier.model.casefile.Item#getCaptured()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_Captured();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.Item#getLanguage <em>Language</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Language</em>'.
	 * @see dossier.model.casefile.Item#getLanguage()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_Language();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.Item#getContentSha256 <em>Content Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Content Sha256</em>'.
	 * @see dossier.model.casefile.Item#getContentSha256()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_ContentSha256();

	/**
	 * Returns the meta object for class '{@link dossier.model.casefile.Author <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Author</em>'.
	 * @see dossier.model.casefile.Author
	 * @generated
	 */
	EClass getAuthor();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.Author#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see dossier.model.casefile.Author#getName()
	 * @see #getAuthor()
	 * @generated
	 */
	EAttribute getAuthor_Name();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.Author#getHandle <em>Handle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Handle</em>'.
	 * @see dossier.model.casefile.Author#getHandle()
	 * @see #getAuthor()
	 * @generated
	 */
	EAttribute getAuthor_Handle();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.Author#getFollowerCount <em>Follower Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Follower Count</em>'.
	 * @see dossier.model.casefile.Author#getFollowerCount()
	 * @see #getAuthor()
	 * @generated
	 */
	EAttribute getAuthor_FollowerCount();

	/**
	 * Returns the meta object for class '{@link dossier.model.casefile.Article <em>Article</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Article</em>'.
	 * @see dossier.model.casefile.Article
	 * @generated
	 */
	EClass getArticle();

	/**
	 * Returns the meta object for class '{@link dossier.model.casefile.Mention <em>Mention</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mention</em>'.
	 * @see dossier.model.casefile.Mention
	 * @generated
	 */
	EClass getMention();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.Mention#getPlatform <em>Platform</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Platform</em>'.
	 * @see dossier.model.casefile.Mention#getPlatform()
	 * @see #getMention()
	 * @generated
	 */
	EAttribute getMention_Platform();

	/**
	 * Returns the meta object for class '{@link dossier.model.casefile.Document <em>Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Document</em>'.
	 * @see dossier.model.casefile.Document
	 * @generated
	 */
	EClass getDocument();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.Document#getFileName <em>File Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File Name</em>'.
	 * @see dossier.model.casefile.Document#getFileName()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_FileName();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.Document#getMediaType <em>Media Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Media Type</em>'.
	 * @see dossier.model.casefile.Document#getMediaType()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_MediaType();

	/**
	 * Returns the meta object for class '{@link dossier.model.casefile.Clip <em>Clip</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Clip</em>'.
	 * @see dossier.model.casefile.Clip
	 * @generated
	 */
	EClass getClip();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.Clip#getItemId <em>Item Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Item Id</em>'.
	 * @see dossier.model.casefile.Clip#getItemId()
	 * @see #getClip()
	 * @generated
	 */
	EAttribute getClip_ItemId();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.Clip#getExact <em>Exact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Exact</em>'.
	 * @see dossier.model.casefile.Clip#getExact()
	 * @see #getClip()
	 * @generated
	 */
	EAttribute getClip_Exact();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.Clip#getPrefix <em>Prefix</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Prefix</em>'.
	 * @see dossier.model.casefile.Clip#getPrefix()
	 * @see #getClip()
	 * @generated
	 */
	EAttribute getClip_Prefix();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.Clip#getSuffix <em>Suffix</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Suffix</em>'.
	 * @see dossier.model.casefile.Clip#getSuffix()
	 * @see #getClip()
	 * @generated
	 */
	EAttribute getClip_Suffix();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.Clip#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see dossier.model.casefile.Clip#getStart()
	 * @see #getClip()
	 * @generated
	 */
	EAttribute getClip_Start();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.Clip#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see dossier.model.casefile.Clip#getEnd()
	 * @see #getClip()
	 * @generated
	 */
	EAttribute getClip_End();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.Clip#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see dossier.model.casefile.Clip#getState()
	 * @see #getClip()
	 * @generated
	 */
	EAttribute getClip_State();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.Clip#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see dossier.model.casefile.Clip#getCreated()
	 * @see #getClip()
	 * @generated
	 */
	EAttribute getClip_Created();

	/**
	 * Returns the meta object for class '{@link dossier.model.casefile.Note <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Note</em>'.
	 * @see dossier.model.casefile.Note
	 * @generated
	 */
	EClass getNote();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.Note#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see dossier.model.casefile.Note#getText()
	 * @see #getNote()
	 * @generated
	 */
	EAttribute getNote_Text();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.Note#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see dossier.model.casefile.Note#getCreated()
	 * @see #getNote()
	 * @generated
	 */
	EAttribute getNote_Created();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.Note#getModified <em>Modified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Modified</em>'.
	 * @see dossier.model.casefile.Note#getModified()
	 * @see #getNote()
	 * @generated
	 */
	EAttribute getNote_Modified();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.Note#getTargetId <em>Target Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Id</em>'.
	 * @see dossier.model.casefile.Note#getTargetId()
	 * @see #getNote()
	 * @generated
	 */
	EAttribute getNote_TargetId();

	/**
	 * Returns the meta object for class '{@link dossier.model.casefile.TagScheme <em>Tag Scheme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Tag Scheme</em>'.
	 * @see dossier.model.casefile.TagScheme
	 * @generated
	 */
	EClass getTagScheme();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.TagScheme#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see dossier.model.casefile.TagScheme#getName()
	 * @see #getTagScheme()
	 * @generated
	 */
	EAttribute getTagScheme_Name();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.TagScheme#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see dossier.model.casefile.TagScheme#getDescription()
	 * @see #getTagScheme()
	 * @generated
	 */
	EAttribute getTagScheme_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link dossier.model.casefile.TagScheme#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tags</em>'.
	 * @see dossier.model.casefile.TagScheme#getTags()
	 * @see #getTagScheme()
	 * @generated
	 */
	EReference getTagScheme_Tags();

	/**
	 * Returns the meta object for the containment reference list '{@link dossier.model.casefile.TagScheme#getSets <em>Sets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sets</em>'.
	 * @see dossier.model.casefile.TagScheme#getSets()
	 * @see #getTagScheme()
	 * @generated
	 */
	EReference getTagScheme_Sets();

	/**
	 * Returns the meta object for class '{@link dossier.model.casefile.TagSet <em>Tag Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Tag Set</em>'.
	 * @see dossier.model.casefile.TagSet
	 * @generated
	 */
	EClass getTagSet();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.TagSet#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see dossier.model.casefile.TagSet#getName()
	 * @see #getTagSet()
	 * @generated
	 */
	EAttribute getTagSet_Name();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.TagSet#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see dossier.model.casefile.TagSet#getDescription()
	 * @see #getTagSet()
	 * @generated
	 */
	EAttribute getTagSet_Description();

	/**
	 * Returns the meta object for the attribute list '{@link dossier.model.casefile.TagSet#getMemberIds <em>Member Ids</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Member Ids</em>'.
	 * @see dossier.model.casefile.TagSet#getMemberIds()
	 * @see #getTagSet()
	 * @generated
	 */
	EAttribute getTagSet_MemberIds();

	/**
	 * Returns the meta object for class '{@link dossier.model.casefile.Tag <em>Tag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Tag</em>'.
	 * @see dossier.model.casefile.Tag
	 * @generated
	 */
	EClass getTag();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.Tag#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see dossier.model.casefile.Tag#getName()
	 * @see #getTag()
	 * @generated
	 */
	EAttribute getTag_Name();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.Tag#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see dossier.model.casefile.Tag#getDescription()
	 * @see #getTag()
	 * @generated
	 */
	EAttribute getTag_Description();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.Tag#getColour <em>Colour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Colour</em>'.
	 * @see dossier.model.casefile.Tag#getColour()
	 * @see #getTag()
	 * @generated
	 */
	EAttribute getTag_Colour();

	/**
	 * Returns the meta object for the containment reference list '{@link dossier.model.casefile.Tag#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Children</em>'.
	 * @see dossier.model.casefile.Tag#getChildren()
	 * @see #getTag()
	 * @generated
	 */
	EReference getTag_Children();

	/**
	 * Returns the meta object for the '{@link dossier.model.casefile.Tag#getPath() <em>Get Path</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Path</em>' operation.
	 * @see dossier.model.casefile.Tag#getPath()
	 * @generated
	 */
	EOperation getTag__GetPath();

	/**
	 * Returns the meta object for class '{@link dossier.model.casefile.TagSpace <em>Tag Space</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Tag Space</em>'.
	 * @see dossier.model.casefile.TagSpace
	 * @generated
	 */
	EClass getTagSpace();

	/**
	 * Returns the meta object for the reference '{@link dossier.model.casefile.TagSpace#getTag <em>Tag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Tag</em>'.
	 * @see dossier.model.casefile.TagSpace#getTag()
	 * @see #getTagSpace()
	 * @generated
	 */
	EReference getTagSpace_Tag();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.TagSpace#getLastLooked <em>Last Looked</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Looked</em>'.
	 * @see dossier.model.casefile.TagSpace#getLastLooked()
	 * @see #getTagSpace()
	 * @generated
	 */
	EAttribute getTagSpace_LastLooked();

	/**
	 * Returns the meta object for the attribute list '{@link dossier.model.casefile.TagSpace#getDoneIds <em>Done Ids</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Done Ids</em>'.
	 * @see dossier.model.casefile.TagSpace#getDoneIds()
	 * @see #getTagSpace()
	 * @generated
	 */
	EAttribute getTagSpace_DoneIds();

	/**
	 * Returns the meta object for class '{@link dossier.model.casefile.TagAssignment <em>Tag Assignment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Tag Assignment</em>'.
	 * @see dossier.model.casefile.TagAssignment
	 * @generated
	 */
	EClass getTagAssignment();

	/**
	 * Returns the meta object for the reference '{@link dossier.model.casefile.TagAssignment#getTag <em>Tag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Tag</em>'.
	 * @see dossier.model.casefile.TagAssignment#getTag()
	 * @see #getTagAssignment()
	 * @generated
	 */
	EReference getTagAssignment_Tag();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.TagAssignment#getTargetId <em>Target Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Id</em>'.
	 * @see dossier.model.casefile.TagAssignment#getTargetId()
	 * @see #getTagAssignment()
	 * @generated
	 */
	EAttribute getTagAssignment_TargetId();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.TagAssignment#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see dossier.model.casefile.TagAssignment#getCreated()
	 * @see #getTagAssignment()
	 * @generated
	 */
	EAttribute getTagAssignment_Created();

	/**
	 * Returns the meta object for class '{@link dossier.model.casefile.LinkType <em>Link Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Link Type</em>'.
	 * @see dossier.model.casefile.LinkType
	 * @generated
	 */
	EClass getLinkType();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.LinkType#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see dossier.model.casefile.LinkType#getName()
	 * @see #getLinkType()
	 * @generated
	 */
	EAttribute getLinkType_Name();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.LinkType#getInverseName <em>Inverse Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Inverse Name</em>'.
	 * @see dossier.model.casefile.LinkType#getInverseName()
	 * @see #getLinkType()
	 * @generated
	 */
	EAttribute getLinkType_InverseName();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.LinkType#isBuiltIn <em>Built In</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Built In</em>'.
	 * @see dossier.model.casefile.LinkType#isBuiltIn()
	 * @see #getLinkType()
	 * @generated
	 */
	EAttribute getLinkType_BuiltIn();

	/**
	 * Returns the meta object for class '{@link dossier.model.casefile.CrossReference <em>Cross Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cross Reference</em>'.
	 * @see dossier.model.casefile.CrossReference
	 * @generated
	 */
	EClass getCrossReference();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.CrossReference#getFromId <em>From Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>From Id</em>'.
	 * @see dossier.model.casefile.CrossReference#getFromId()
	 * @see #getCrossReference()
	 * @generated
	 */
	EAttribute getCrossReference_FromId();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.CrossReference#getToId <em>To Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>To Id</em>'.
	 * @see dossier.model.casefile.CrossReference#getToId()
	 * @see #getCrossReference()
	 * @generated
	 */
	EAttribute getCrossReference_ToId();

	/**
	 * Returns the meta object for the reference '{@link dossier.model.casefile.CrossReference#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Type</em>'.
	 * @see dossier.model.casefile.CrossReference#getType()
	 * @see #getCrossReference()
	 * @generated
	 */
	EReference getCrossReference_Type();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.CrossReference#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see dossier.model.casefile.CrossReference#getNote()
	 * @see #getCrossReference()
	 * @generated
	 */
	EAttribute getCrossReference_Note();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.CrossReference#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see dossier.model.casefile.CrossReference#getCreated()
	 * @see #getCrossReference()
	 * @generated
	 */
	EAttribute getCrossReference_Created();

	/**
	 * Returns the meta object for class '{@link dossier.model.casefile.SavedSearch <em>Saved Search</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Saved Search</em>'.
	 * @see dossier.model.casefile.SavedSearch
	 * @generated
	 */
	EClass getSavedSearch();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.SavedSearch#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see dossier.model.casefile.SavedSearch#getName()
	 * @see #getSavedSearch()
	 * @generated
	 */
	EAttribute getSavedSearch_Name();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.SavedSearch#getQuery <em>Query</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Query</em>'.
	 * @see dossier.model.casefile.SavedSearch#getQuery()
	 * @see #getSavedSearch()
	 * @generated
	 */
	EAttribute getSavedSearch_Query();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.SavedSearch#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see dossier.model.casefile.SavedSearch#getCreated()
	 * @see #getSavedSearch()
	 * @generated
	 */
	EAttribute getSavedSearch_Created();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.SavedSearch#getLastRun <em>Last Run</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Run</em>'.
	 * @see dossier.model.casefile.SavedSearch#getLastRun()
	 * @see #getSavedSearch()
	 * @generated
	 */
	EAttribute getSavedSearch_LastRun();

	/**
	 * Returns the meta object for class '{@link dossier.model.casefile.Board <em>Board</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Board</em>'.
	 * @see dossier.model.casefile.Board
	 * @generated
	 */
	EClass getBoard();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.Board#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see dossier.model.casefile.Board#getName()
	 * @see #getBoard()
	 * @generated
	 */
	EAttribute getBoard_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link dossier.model.casefile.Board#getPanels <em>Panels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Panels</em>'.
	 * @see dossier.model.casefile.Board#getPanels()
	 * @see #getBoard()
	 * @generated
	 */
	EReference getBoard_Panels();

	/**
	 * Returns the meta object for class '{@link dossier.model.casefile.Panel <em>Panel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Panel</em>'.
	 * @see dossier.model.casefile.Panel
	 * @generated
	 */
	EClass getPanel();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.Panel#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see dossier.model.casefile.Panel#getKind()
	 * @see #getPanel()
	 * @generated
	 */
	EAttribute getPanel_Kind();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.Panel#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see dossier.model.casefile.Panel#getTitle()
	 * @see #getPanel()
	 * @generated
	 */
	EAttribute getPanel_Title();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.Panel#getColumn <em>Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Column</em>'.
	 * @see dossier.model.casefile.Panel#getColumn()
	 * @see #getPanel()
	 * @generated
	 */
	EAttribute getPanel_Column();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.Panel#getRow <em>Row</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Row</em>'.
	 * @see dossier.model.casefile.Panel#getRow()
	 * @see #getPanel()
	 * @generated
	 */
	EAttribute getPanel_Row();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.Panel#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see dossier.model.casefile.Panel#getWidth()
	 * @see #getPanel()
	 * @generated
	 */
	EAttribute getPanel_Width();

	/**
	 * Returns the meta object for the attribute '{@link dossier.model.casefile.Panel#getHeight <em>Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height</em>'.
	 * @see dossier.model.casefile.Panel#getHeight()
	 * @see #getPanel()
	 * @generated
	 */
	EAttribute getPanel_Height();

	/**
	 * Returns the meta object for the map '{@link dossier.model.casefile.Panel#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Parameters</em>'.
	 * @see dossier.model.casefile.Panel#getParameters()
	 * @see #getPanel()
	 * @generated
	 */
	EReference getPanel_Parameters();

	/**
	 * Returns the meta object for enum '{@link dossier.model.casefile.CaseStatus <em>Case Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Case Status</em>'.
	 * @see dossier.model.casefile.CaseStatus
	 * @generated
	 */
	EEnum getCaseStatus();

	/**
	 * Returns the meta object for enum '{@link dossier.model.casefile.AnchorState <em>Anchor State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Anchor State</em>'.
	 * @see dossier.model.casefile.AnchorState
	 * @generated
	 */
	EEnum getAnchorState();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	CasefileFactory getCasefileFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link dossier.model.casefile.impl.IdentifiedImpl <em>Identified</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dossier.model.casefile.impl.IdentifiedImpl
		 * @see dossier.model.casefile.impl.CasefilePackageImpl#getIdentified()
		 * @generated
		 */
		EClass IDENTIFIED = eINSTANCE.getIdentified();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__ID = eINSTANCE.getIdentified_Id();

		/**
		 * The meta object literal for the '{@link dossier.model.casefile.impl.WorkspaceModelImpl <em>Workspace Model</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dossier.model.casefile.impl.WorkspaceModelImpl
		 * @see dossier.model.casefile.impl.CasefilePackageImpl#getWorkspaceModel()
		 * @generated
		 */
		EClass WORKSPACE_MODEL = eINSTANCE.getWorkspaceModel();

		/**
		 * The meta object literal for the '<em><b>Schema Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKSPACE_MODEL__SCHEMA_VERSION = eINSTANCE.getWorkspaceModel_SchemaVersion();

		/**
		 * The meta object literal for the '<em><b>Tag Schemes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKSPACE_MODEL__TAG_SCHEMES = eINSTANCE.getWorkspaceModel_TagSchemes();

		/**
		 * The meta object literal for the '<em><b>Link Types</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKSPACE_MODEL__LINK_TYPES = eINSTANCE.getWorkspaceModel_LinkTypes();

		/**
		 * The meta object literal for the '<em><b>Saved Searches</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKSPACE_MODEL__SAVED_SEARCHES = eINSTANCE.getWorkspaceModel_SavedSearches();

		/**
		 * The meta object literal for the '<em><b>Sources</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKSPACE_MODEL__SOURCES = eINSTANCE.getWorkspaceModel_Sources();

		/**
		 * The meta object literal for the '<em><b>Tag Spaces</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKSPACE_MODEL__TAG_SPACES = eINSTANCE.getWorkspaceModel_TagSpaces();

		/**
		 * The meta object literal for the '<em><b>Boards</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKSPACE_MODEL__BOARDS = eINSTANCE.getWorkspaceModel_Boards();

		/**
		 * The meta object literal for the '{@link dossier.model.casefile.impl.CaseFileImpl <em>Case File</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dossier.model.casefile.impl.CaseFileImpl
		 * @see dossier.model.casefile.impl.CasefilePackageImpl#getCaseFile()
		 * @generated
		 */
		EClass CASE_FILE = eINSTANCE.getCaseFile();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE_FILE__TITLE = eINSTANCE.getCaseFile_Title();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE_FILE__DESCRIPTION = eINSTANCE.getCaseFile_Description();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE_FILE__STATUS = eINSTANCE.getCaseFile_Status();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE_FILE__CREATED = eINSTANCE.getCaseFile_Created();

		/**
		 * The meta object literal for the '<em><b>Modified</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE_FILE__MODIFIED = eINSTANCE.getCaseFile_Modified();

		/**
		 * The meta object literal for the '<em><b>Item Ids</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE_FILE__ITEM_IDS = eINSTANCE.getCaseFile_ItemIds();

		/**
		 * The meta object literal for the '<em><b>Clips</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE_FILE__CLIPS = eINSTANCE.getCaseFile_Clips();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE_FILE__NOTES = eINSTANCE.getCaseFile_Notes();

		/**
		 * The meta object literal for the '<em><b>Cross References</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE_FILE__CROSS_REFERENCES = eINSTANCE.getCaseFile_CrossReferences();

		/**
		 * The meta object literal for the '<em><b>Tag Assignments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE_FILE__TAG_ASSIGNMENTS = eINSTANCE.getCaseFile_TagAssignments();

		/**
		 * The meta object literal for the '{@link dossier.model.casefile.impl.SourceImpl <em>Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dossier.model.casefile.impl.SourceImpl
		 * @see dossier.model.casefile.impl.CasefilePackageImpl#getSource()
		 * @generated
		 */
		EClass SOURCE = eINSTANCE.getSource();

		/**
		 * The meta object literal for the '<em><b>Connector Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__CONNECTOR_ID = eINSTANCE.getSource_ConnectorId();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__NAME = eINSTANCE.getSource_Name();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOURCE__PARAMETERS = eINSTANCE.getSource_Parameters();

		/**
		 * The meta object literal for the '<em><b>Schedule</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__SCHEDULE = eINSTANCE.getSource_Schedule();

		/**
		 * The meta object literal for the '<em><b>Last Fetch</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOURCE__LAST_FETCH = eINSTANCE.getSource_LastFetch();

		/**
		 * The meta object literal for the '{@link dossier.model.casefile.impl.ParameterImpl <em>Parameter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dossier.model.casefile.impl.ParameterImpl
		 * @see dossier.model.casefile.impl.CasefilePackageImpl#getParameter()
		 * @generated
		 */
		EClass PARAMETER = eINSTANCE.getParameter();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__KEY = eINSTANCE.getParameter_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__VALUE = eINSTANCE.getParameter_Value();

		/**
		 * The meta object literal for the '{@link dossier.model.casefile.impl.FetchResultImpl <em>Fetch Result</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dossier.model.casefile.impl.FetchResultImpl
		 * @see dossier.model.casefile.impl.CasefilePackageImpl#getFetchResult()
		 * @generated
		 */
		EClass FETCH_RESULT = eINSTANCE.getFetchResult();

		/**
		 * The meta object literal for the '<em><b>Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FETCH_RESULT__TIME = eINSTANCE.getFetchResult_Time();

		/**
		 * The meta object literal for the '<em><b>Ok</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FETCH_RESULT__OK = eINSTANCE.getFetchResult_Ok();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FETCH_RESULT__MESSAGE = eINSTANCE.getFetchResult_Message();

		/**
		 * The meta object literal for the '<em><b>Item Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FETCH_RESULT__ITEM_COUNT = eINSTANCE.getFetchResult_ItemCount();

		/**
		 * The meta object literal for the '{@link dossier.model.casefile.impl.ItemImpl <em>Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dossier.model.casefile.impl.ItemImpl
		 * @see dossier.model.casefile.impl.CasefilePackageImpl#getItem()
		 * @generated
		 */
		EClass ITEM = eINSTANCE.getItem();

		/**
		 * The meta object literal for the '<em><b>Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__URL = eINSTANCE.getItem_Url();

		/**
		 * The meta object literal for the '<em><b>Canonical Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__CANONICAL_URL = eINSTANCE.getItem_CanonicalUrl();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__TITLE = eINSTANCE.getItem_Title();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ITEM__AUTHOR = eINSTANCE.getItem_Author();

		/**
		 * The meta object literal for the '<em><b>Published</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__PUBLISHED = eINSTANCE.getItem_Published();

		/**
		 * The meta object literal for the '<em><b>Captured</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__CAPTURED = eINSTANCE.getItem_Captured();

		/**
		 * The meta object literal for the '<em><b>Language</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__LANGUAGE = eINSTANCE.getItem_Language();

		/**
		 * The meta object literal for the '<em><b>Content Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__CONTENT_SHA256 = eINSTANCE.getItem_ContentSha256();

		/**
		 * The meta object literal for the '{@link dossier.model.casefile.impl.AuthorImpl <em>Author</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dossier.model.casefile.impl.AuthorImpl
		 * @see dossier.model.casefile.impl.CasefilePackageImpl#getAuthor()
		 * @generated
		 */
		EClass AUTHOR = eINSTANCE.getAuthor();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUTHOR__NAME = eINSTANCE.getAuthor_Name();

		/**
		 * The meta object literal for the '<em><b>Handle</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUTHOR__HANDLE = eINSTANCE.getAuthor_Handle();

		/**
		 * The meta object literal for the '<em><b>Follower Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUTHOR__FOLLOWER_COUNT = eINSTANCE.getAuthor_FollowerCount();

		/**
		 * The meta object literal for the '{@link dossier.model.casefile.impl.ArticleImpl <em>Article</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dossier.model.casefile.impl.ArticleImpl
		 * @see dossier.model.casefile.impl.CasefilePackageImpl#getArticle()
		 * @generated
		 */
		EClass ARTICLE = eINSTANCE.getArticle();

		/**
		 * The meta object literal for the '{@link dossier.model.casefile.impl.MentionImpl <em>Mention</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dossier.model.casefile.impl.MentionImpl
		 * @see dossier.model.casefile.impl.CasefilePackageImpl#getMention()
		 * @generated
		 */
		EClass MENTION = eINSTANCE.getMention();

		/**
		 * The meta object literal for the '<em><b>Platform</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MENTION__PLATFORM = eINSTANCE.getMention_Platform();

		/**
		 * The meta object literal for the '{@link dossier.model.casefile.impl.DocumentImpl <em>Document</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dossier.model.casefile.impl.DocumentImpl
		 * @see dossier.model.casefile.impl.CasefilePackageImpl#getDocument()
		 * @generated
		 */
		EClass DOCUMENT = eINSTANCE.getDocument();

		/**
		 * The meta object literal for the '<em><b>File Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__FILE_NAME = eINSTANCE.getDocument_FileName();

		/**
		 * The meta object literal for the '<em><b>Media Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__MEDIA_TYPE = eINSTANCE.getDocument_MediaType();

		/**
		 * The meta object literal for the '{@link dossier.model.casefile.impl.ClipImpl <em>Clip</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dossier.model.casefile.impl.ClipImpl
		 * @see dossier.model.casefile.impl.CasefilePackageImpl#getClip()
		 * @generated
		 */
		EClass CLIP = eINSTANCE.getClip();

		/**
		 * The meta object literal for the '<em><b>Item Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLIP__ITEM_ID = eINSTANCE.getClip_ItemId();

		/**
		 * The meta object literal for the '<em><b>Exact</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLIP__EXACT = eINSTANCE.getClip_Exact();

		/**
		 * The meta object literal for the '<em><b>Prefix</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLIP__PREFIX = eINSTANCE.getClip_Prefix();

		/**
		 * The meta object literal for the '<em><b>Suffix</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLIP__SUFFIX = eINSTANCE.getClip_Suffix();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLIP__START = eINSTANCE.getClip_Start();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLIP__END = eINSTANCE.getClip_End();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLIP__STATE = eINSTANCE.getClip_State();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLIP__CREATED = eINSTANCE.getClip_Created();

		/**
		 * The meta object literal for the '{@link dossier.model.casefile.impl.NoteImpl <em>Note</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dossier.model.casefile.impl.NoteImpl
		 * @see dossier.model.casefile.impl.CasefilePackageImpl#getNote()
		 * @generated
		 */
		EClass NOTE = eINSTANCE.getNote();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE__TEXT = eINSTANCE.getNote_Text();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE__CREATED = eINSTANCE.getNote_Created();

		/**
		 * The meta object literal for the '<em><b>Modified</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE__MODIFIED = eINSTANCE.getNote_Modified();

		/**
		 * The meta object literal for the '<em><b>Target Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE__TARGET_ID = eINSTANCE.getNote_TargetId();

		/**
		 * The meta object literal for the '{@link dossier.model.casefile.impl.TagSchemeImpl <em>Tag Scheme</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dossier.model.casefile.impl.TagSchemeImpl
		 * @see dossier.model.casefile.impl.CasefilePackageImpl#getTagScheme()
		 * @generated
		 */
		EClass TAG_SCHEME = eINSTANCE.getTagScheme();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAG_SCHEME__NAME = eINSTANCE.getTagScheme_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAG_SCHEME__DESCRIPTION = eINSTANCE.getTagScheme_Description();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TAG_SCHEME__TAGS = eINSTANCE.getTagScheme_Tags();

		/**
		 * The meta object literal for the '<em><b>Sets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TAG_SCHEME__SETS = eINSTANCE.getTagScheme_Sets();

		/**
		 * The meta object literal for the '{@link dossier.model.casefile.impl.TagSetImpl <em>Tag Set</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dossier.model.casefile.impl.TagSetImpl
		 * @see dossier.model.casefile.impl.CasefilePackageImpl#getTagSet()
		 * @generated
		 */
		EClass TAG_SET = eINSTANCE.getTagSet();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAG_SET__NAME = eINSTANCE.getTagSet_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAG_SET__DESCRIPTION = eINSTANCE.getTagSet_Description();

		/**
		 * The meta object literal for the '<em><b>Member Ids</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAG_SET__MEMBER_IDS = eINSTANCE.getTagSet_MemberIds();

		/**
		 * The meta object literal for the '{@link dossier.model.casefile.impl.TagImpl <em>Tag</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dossier.model.casefile.impl.TagImpl
		 * @see dossier.model.casefile.impl.CasefilePackageImpl#getTag()
		 * @generated
		 */
		EClass TAG = eINSTANCE.getTag();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAG__NAME = eINSTANCE.getTag_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAG__DESCRIPTION = eINSTANCE.getTag_Description();

		/**
		 * The meta object literal for the '<em><b>Colour</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAG__COLOUR = eINSTANCE.getTag_Colour();

		/**
		 * The meta object literal for the '<em><b>Children</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TAG__CHILDREN = eINSTANCE.getTag_Children();

		/**
		 * The meta object literal for the '<em><b>Get Path</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation TAG___GET_PATH = eINSTANCE.getTag__GetPath();

		/**
		 * The meta object literal for the '{@link dossier.model.casefile.impl.TagSpaceImpl <em>Tag Space</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dossier.model.casefile.impl.TagSpaceImpl
		 * @see dossier.model.casefile.impl.CasefilePackageImpl#getTagSpace()
		 * @generated
		 */
		EClass TAG_SPACE = eINSTANCE.getTagSpace();

		/**
		 * The meta object literal for the '<em><b>Tag</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TAG_SPACE__TAG = eINSTANCE.getTagSpace_Tag();

		/**
		 * The meta object literal for the '<em><b>Last Looked</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAG_SPACE__LAST_LOOKED = eINSTANCE.getTagSpace_LastLooked();

		/**
		 * The meta object literal for the '<em><b>Done Ids</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAG_SPACE__DONE_IDS = eINSTANCE.getTagSpace_DoneIds();

		/**
		 * The meta object literal for the '{@link dossier.model.casefile.impl.TagAssignmentImpl <em>Tag Assignment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dossier.model.casefile.impl.TagAssignmentImpl
		 * @see dossier.model.casefile.impl.CasefilePackageImpl#getTagAssignment()
		 * @generated
		 */
		EClass TAG_ASSIGNMENT = eINSTANCE.getTagAssignment();

		/**
		 * The meta object literal for the '<em><b>Tag</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TAG_ASSIGNMENT__TAG = eINSTANCE.getTagAssignment_Tag();

		/**
		 * The meta object literal for the '<em><b>Target Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAG_ASSIGNMENT__TARGET_ID = eINSTANCE.getTagAssignment_TargetId();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAG_ASSIGNMENT__CREATED = eINSTANCE.getTagAssignment_Created();

		/**
		 * The meta object literal for the '{@link dossier.model.casefile.impl.LinkTypeImpl <em>Link Type</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dossier.model.casefile.impl.LinkTypeImpl
		 * @see dossier.model.casefile.impl.CasefilePackageImpl#getLinkType()
		 * @generated
		 */
		EClass LINK_TYPE = eINSTANCE.getLinkType();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINK_TYPE__NAME = eINSTANCE.getLinkType_Name();

		/**
		 * The meta object literal for the '<em><b>Inverse Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINK_TYPE__INVERSE_NAME = eINSTANCE.getLinkType_InverseName();

		/**
		 * The meta object literal for the '<em><b>Built In</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINK_TYPE__BUILT_IN = eINSTANCE.getLinkType_BuiltIn();

		/**
		 * The meta object literal for the '{@link dossier.model.casefile.impl.CrossReferenceImpl <em>Cross Reference</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dossier.model.casefile.impl.CrossReferenceImpl
		 * @see dossier.model.casefile.impl.CasefilePackageImpl#getCrossReference()
		 * @generated
		 */
		EClass CROSS_REFERENCE = eINSTANCE.getCrossReference();

		/**
		 * The meta object literal for the '<em><b>From Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CROSS_REFERENCE__FROM_ID = eINSTANCE.getCrossReference_FromId();

		/**
		 * The meta object literal for the '<em><b>To Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CROSS_REFERENCE__TO_ID = eINSTANCE.getCrossReference_ToId();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CROSS_REFERENCE__TYPE = eINSTANCE.getCrossReference_Type();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CROSS_REFERENCE__NOTE = eINSTANCE.getCrossReference_Note();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CROSS_REFERENCE__CREATED = eINSTANCE.getCrossReference_Created();

		/**
		 * The meta object literal for the '{@link dossier.model.casefile.impl.SavedSearchImpl <em>Saved Search</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dossier.model.casefile.impl.SavedSearchImpl
		 * @see dossier.model.casefile.impl.CasefilePackageImpl#getSavedSearch()
		 * @generated
		 */
		EClass SAVED_SEARCH = eINSTANCE.getSavedSearch();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAVED_SEARCH__NAME = eINSTANCE.getSavedSearch_Name();

		/**
		 * The meta object literal for the '<em><b>Query</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAVED_SEARCH__QUERY = eINSTANCE.getSavedSearch_Query();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAVED_SEARCH__CREATED = eINSTANCE.getSavedSearch_Created();

		/**
		 * The meta object literal for the '<em><b>Last Run</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAVED_SEARCH__LAST_RUN = eINSTANCE.getSavedSearch_LastRun();

		/**
		 * The meta object literal for the '{@link dossier.model.casefile.impl.BoardImpl <em>Board</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dossier.model.casefile.impl.BoardImpl
		 * @see dossier.model.casefile.impl.CasefilePackageImpl#getBoard()
		 * @generated
		 */
		EClass BOARD = eINSTANCE.getBoard();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOARD__NAME = eINSTANCE.getBoard_Name();

		/**
		 * The meta object literal for the '<em><b>Panels</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BOARD__PANELS = eINSTANCE.getBoard_Panels();

		/**
		 * The meta object literal for the '{@link dossier.model.casefile.impl.PanelImpl <em>Panel</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dossier.model.casefile.impl.PanelImpl
		 * @see dossier.model.casefile.impl.CasefilePackageImpl#getPanel()
		 * @generated
		 */
		EClass PANEL = eINSTANCE.getPanel();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PANEL__KIND = eINSTANCE.getPanel_Kind();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PANEL__TITLE = eINSTANCE.getPanel_Title();

		/**
		 * The meta object literal for the '<em><b>Column</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PANEL__COLUMN = eINSTANCE.getPanel_Column();

		/**
		 * The meta object literal for the '<em><b>Row</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PANEL__ROW = eINSTANCE.getPanel_Row();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PANEL__WIDTH = eINSTANCE.getPanel_Width();

		/**
		 * The meta object literal for the '<em><b>Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PANEL__HEIGHT = eINSTANCE.getPanel_Height();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PANEL__PARAMETERS = eINSTANCE.getPanel_Parameters();

		/**
		 * The meta object literal for the '{@link dossier.model.casefile.CaseStatus <em>Case Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dossier.model.casefile.CaseStatus
		 * @see dossier.model.casefile.impl.CasefilePackageImpl#getCaseStatus()
		 * @generated
		 */
		EEnum CASE_STATUS = eINSTANCE.getCaseStatus();

		/**
		 * The meta object literal for the '{@link dossier.model.casefile.AnchorState <em>Anchor State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dossier.model.casefile.AnchorState
		 * @see dossier.model.casefile.impl.CasefilePackageImpl#getAnchorState()
		 * @generated
		 */
		EEnum ANCHOR_STATE = eINSTANCE.getAnchorState();

	}

} //CasefilePackage
