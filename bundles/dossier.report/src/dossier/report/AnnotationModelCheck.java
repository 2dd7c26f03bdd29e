package dossier.report;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The MUSTs of the W3C Web Annotation Data Model that an incoming annotation can break, in words
 * (section numbers of https://www.w3.org/TR/annotation-model/). An import refuses a file with an
 * annotation that breaks one, so nothing of a malformed file is filed.
 */
final class AnnotationModelCheck {

    static final String CONTEXT = WebAnnotationExport.CONTEXT;
    private static final Pattern IRI = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:[^\\s<>\"{}|\\\\^`]*");
    private static final Pattern DATE_TIME = Pattern.compile(
            "-?\\d{4,}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?(Z|[+-]\\d\\d:\\d\\d)?");
    private static final Set<String> DIRECTIONS = Set.of("ltr", "rtl", "auto");
    /** What only a SpecificResource has (model 4). */
    private static final List<String> SPECIFIC = List.of("source", "selector", "state", "styleClass", "renderedVia",
            "scope");
    private static final List<String> GROUPS = List.of("Choice", "Composite", "List", "Independents");

    private AnnotationModelCheck() {
    }

    /** Whether {@code object} claims to be a W3C annotation (Hypothesis's annotations have no type or context). */
    static boolean claimsW3c(JsonObject object, JsonElement inheritedContext) {
        return object.has("@context") || object.has("type") || inheritedContext != null;
    }

    /** The first MUST {@code annotation} breaks, or empty. {@code inheritedContext}: its collection's. */
    static Optional<String> violation(JsonObject annotation, JsonElement inheritedContext) {
        JsonElement context = annotation.has("@context") ? annotation.get("@context") : inheritedContext;
        if (context == null) {
            return Optional.of("no @context (model 3.1)");
        }
        if (!values(context).stream().anyMatch(c -> c.isJsonPrimitive() && CONTEXT.equals(c.getAsString()))) {
            return Optional.of("its @context is not " + CONTEXT + " (model 3.1)");
        }
        if (!isIri(annotation.get("id"))) {
            return Optional.of("its id is not one IRI (model 3.1)");
        }
        if (!types(annotation).contains("Annotation")) {
            return Optional.of("its type is not Annotation (model 3.1)");
        }
        if (!annotation.has("target")) {
            return Optional.of("it has no target (model 3.1)");
        }
        if (annotation.has("body") && annotation.has("bodyValue")) {
            return Optional.of("it has both body and bodyValue (model 3.2.5)");
        }
        if (annotation.has("bodyValue") && !isString(annotation.get("bodyValue"))) {
            return Optional.of("its bodyValue is not one string (model 3.2.5)");
        }
        Optional<String> common = properties(annotation, "");
        if (common.isPresent()) {
            return common;
        }
        for (String agent : new String[] { "creator", "generator" }) {
            if (annotation.has(agent) && !values(annotation.get(agent)).stream()
                    .allMatch(a -> a.isJsonObject() || isIri(a))) {
                return Optional.of("its " + agent + " is neither an IRI nor an agent (model 3.3.1)");
            }
        }
        if (annotation.has("generated") && !isDateTime(annotation.get("generated"))) {
            return Optional.of("generated is not one xsd:dateTime (model 3.3.1)");
        }
        for (JsonElement target : values(annotation.get("target"))) {
            Optional<String> bad = resource(target, "a target");
            if (bad.isPresent()) {
                return bad;
            }
        }
        for (JsonElement body : values(annotation.get("body"))) {
            Optional<String> bad = resource(body, "a body");
            if (bad.isPresent()) {
                return bad;
            }
        }
        return Optional.empty();
    }

    /** A body or target: an IRI, an External Web Resource, a TextualBody, a Choice or set, a SpecificResource. */
    private static Optional<String> resource(JsonElement resource, String what) {
        if (resource.isJsonPrimitive() || resource.isJsonNull()) {
            return isIri(resource) ? Optional.empty()
                    : Optional.of(what + " is a string that is not an IRI (model 3.2)");
        }
        if (!resource.isJsonObject()) {
            return Optional.of(what + " is neither an IRI nor a resource (model 3.2)");
        }
        JsonObject object = resource.getAsJsonObject();
        List<String> types = types(object);
        long groups = types.stream().filter(GROUPS::contains).count();
        if (groups > 1) {
            return Optional.of(what + " is typed both " + String.join(" and ", types) + " (model 3.2.7)");
        }
        if (groups == 1 || object.has("items")) {
            if (groups == 0) {
                return Optional.of(what + " has items but is no Choice, Composite, List or Independents (model 3.2.7)");
            }
            if (object.has("value")) {
                return Optional.of(what + " is a " + types.get(0) + " with a value (model 3.2.7)");
            }
            for (JsonElement item : values(object.get("items"))) {
                Optional<String> bad = resource(item, "an item of " + what);
                if (bad.isPresent()) {
                    return bad;
                }
            }
            return properties(object, what + "'s ");
        }
        if (object.has("id") && !isIri(object.get("id"))) {
            return Optional.of(what + "'s id is not one IRI (model 3.2.1)");
        }
        if (types.contains("TextualBody") && !isString(object.get("value"))) {
            return Optional.of(what + " is a TextualBody without one string value (model 3.2.4)");
        }
        if (types.contains("SpecificResource") || SPECIFIC.stream().anyMatch(object::has)) {
            if (!object.has("source")) {
                return Optional.of(what + " is a SpecificResource without a source (model 4)");
            }
            JsonElement source = object.get("source");
            Optional<String> bad = source.isJsonObject() ? resource(source, what + "'s source")
                    : isIri(source) ? Optional.empty()
                            : Optional.of(what + "'s source is not one IRI (model 4)");
            if (bad.isPresent()) {
                return bad;
            }
            for (JsonElement selector : values(object.get("selector"))) {
                bad = selector(selector, what);
                if (bad.isPresent()) {
                    return bad;
                }
            }
        } else if (!object.has("id") && !object.has("value")) {
            return Optional.of(what + " has neither an id nor a value (model 3.2)");
        }
        if (object.has("id") && !object.has("value") && !types.contains("SpecificResource") && object.has("purpose")) {
            return Optional.of(what + " is an External Web Resource with a purpose (model 3.3.5)");
        }
        return properties(object, what + "'s ");
    }

    private static Optional<String> selector(JsonElement selector, String what) {
        if (!selector.isJsonObject()) {
            return isIri(selector) ? Optional.empty()
                    : Optional.of(what + " has a selector that is neither an IRI nor a selector (model 4.2)");
        }
        JsonObject object = selector.getAsJsonObject();
        List<String> types = types(object);
        if (types.isEmpty() && !object.has("id")) {
            return Optional.of(what + " has a selector without a type (model 4.2)");
        }
        for (String type : List.of("FragmentSelector", "CssSelector", "XPathSelector")) {
            if (types.contains(type) && !isString(object.get("value"))) {
                return Optional.of(what + "'s " + type + " has not one value (model 4.2)");
            }
        }
        if (types.contains("TextQuoteSelector") && !isString(object.get("exact"))) {
            return Optional.of(what + "'s TextQuoteSelector has not one exact text (model 4.2.4)");
        }
        for (JsonElement refined : values(object.get("refinedBy"))) {
            Optional<String> bad = selector(refined, what);
            if (bad.isPresent()) {
                return bad;
            }
        }
        return Optional.empty();
    }

    /** What annotations and resources share: times, rights, via, canonical, format, language, direction. */
    private static Optional<String> properties(JsonObject object, String whose) {
        for (String time : new String[] { "created", "modified" }) {
            if (object.has(time) && !isDateTime(object.get(time))) {
                return Optional.of(whose + time + " is not one xsd:dateTime (model 3.3.1)");
            }
        }
        for (String iris : new String[] { "rights", "via" }) {
            if (object.has(iris) && !values(object.get(iris)).stream().allMatch(AnnotationModelCheck::isIri)) {
                return Optional.of(whose + iris + " is not an IRI (model 3.3.6, 3.3.7)");
            }
        }
        if (object.has("canonical") && !isIri(object.get("canonical"))) {
            return Optional.of(whose + "canonical is not one IRI (model 3.3.7)");
        }
        if (object.has("format") && !values(object.get("format")).stream().allMatch(AnnotationModelCheck::isString)) {
            return Optional.of(whose + "format is not a string (model 3.2.1)");
        }
        if (object.has("language")
                && !values(object.get("language")).stream().allMatch(AnnotationModelCheck::isString)) {
            return Optional.of(whose + "language is not a string (model 3.2.1)");
        }
        if (object.has("processingLanguage") && !isString(object.get("processingLanguage"))) {
            return Optional.of(whose + "processingLanguage is not one string (model 3.2.1)");
        }
        if (object.has("textDirection") && !(isString(object.get("textDirection"))
                && DIRECTIONS.contains(object.get("textDirection").getAsString()))) {
            return Optional.of(whose + "textDirection is not one of ltr, rtl, auto (model 3.2.1)");
        }
        return Optional.empty();
    }

    static List<String> types(JsonObject object) {
        return values(object.get("type")).stream().filter(AnnotationModelCheck::isString).map(JsonElement::getAsString)
                .toList();
    }

    /** A value or the values of an array; none for null. */
    static List<JsonElement> values(JsonElement element) {
        if (element == null || element.isJsonNull()) {
            return List.of();
        }
        return element.isJsonArray() ? element.getAsJsonArray().asList() : List.of(element);
    }

    private static boolean isString(JsonElement element) {
        return element != null && element.isJsonPrimitive() && element.getAsJsonPrimitive().isString();
    }

    private static boolean isIri(JsonElement element) {
        return isString(element) && IRI.matcher(element.getAsString()).matches();
    }

    private static boolean isDateTime(JsonElement element) {
        return isString(element) && DATE_TIME.matcher(element.getAsString()).matches();
    }
}
