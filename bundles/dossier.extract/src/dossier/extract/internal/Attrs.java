package dossier.extract.internal;

import org.jsoup.nodes.Element;

/**
 * An element's attributes looked up by their exact name. jsoup's HTML parser lower-cases attribute names, so for the
 * parsed page (and the elements cloned from it) this reads what {@link Element#attr} and {@link Element#hasAttr} read,
 * without comparing every name ignoring case and without their {@code abs:} prefix test: the walks ask each element
 * for several attributes.
 */
final class Attrs {

    private Attrs() {
    }

    /** The attribute's value, or an empty string. */
    static String get(Element e, String lowerCaseName) {
        return e.attributesSize() == 0 ? "" : e.attributes().get(lowerCaseName);
    }

    /** Whether the element has the attribute. */
    static boolean has(Element e, String lowerCaseName) {
        return e.attributesSize() > 0 && e.attributes().hasKey(lowerCaseName);
    }
}
