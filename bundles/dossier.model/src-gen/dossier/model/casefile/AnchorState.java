/**
 */
package dossier.model.casefile;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Anchor State</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see dossier.model.casefile.CasefilePackage#getAnchorState()
 * @model
 * @generated
 */
public enum AnchorState implements Enumerator {
	/**
	 * The '<em><b>ANCHORED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANCHORED_VALUE
	 * @generated
	 * @ordered
	 */
	ANCHORED(0, "ANCHORED", "ANCHORED"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>REANCHORED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REANCHORED_VALUE
	 * @generated
	 * @ordered
	 */
	REANCHORED(1, "REANCHORED", "REANCHORED"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>ORPHANED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ORPHANED_VALUE
	 * @generated
	 * @ordered
	 */
	ORPHANED(2, "ORPHANED", "ORPHANED"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>ANCHORED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANCHORED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ANCHORED_VALUE = 0;

	/**
	 * The '<em><b>REANCHORED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REANCHORED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REANCHORED_VALUE = 1;

	/**
	 * The '<em><b>ORPHANED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ORPHANED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ORPHANED_VALUE = 2;

	/**
	 * An array of all the '<em><b>Anchor State</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AnchorState[] VALUES_ARRAY =
		new AnchorState[] {
			ANCHORED,
			REANCHORED,
			ORPHANED,
		};

	/**
	 * A public read-only list of all the '<em><b>Anchor State</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AnchorState> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Anchor State</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AnchorState get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AnchorState result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Anchor State</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AnchorState getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AnchorState result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Anchor State</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AnchorState get(int value) {
		switch (value) {
			case ANCHORED_VALUE: return ANCHORED;
			case REANCHORED_VALUE: return REANCHORED;
			case ORPHANED_VALUE: return ORPHANED;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private AnchorState(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //AnchorState
