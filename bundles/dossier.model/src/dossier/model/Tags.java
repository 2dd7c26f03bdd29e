package dossier.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;

import dossier.model.casefile.Tag;
import dossier.model.casefile.TagScheme;

/**
 * Paths of tags in their scheme's hierarchy: {@code "Tone/Negative"} is the child "Negative" of the
 * top-level tag "Tone". A "/" inside a tag name is written as "\/" in a path, and "\" as "\\".
 * {@link Tag#getPath()} (generated) delegates here.
 */
public final class Tags {

    public static final char SEPARATOR = '/';
    private static final Pattern COLOUR = Pattern.compile("#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})");

    private Tags() {
    }

    /** The tag's full path from the top of its scheme, e.g. {@code "Tone/Negative"}. */
    public static String path(Tag tag) {
        Deque<String> names = new ArrayDeque<>();
        EObject current = tag;
        while (current instanceof Tag t) {
            names.addFirst(escape(t.getName() == null ? "" : t.getName()));
            current = current.eContainer();
        }
        return String.join(String.valueOf(SEPARATOR), names);
    }

    /** The tag at this path in the scheme, or null. */
    public static Tag find(TagScheme scheme, String path) {
        List<Tag> level = scheme.getTags();
        Tag found = null;
        for (String name : split(path)) {
            found = null;
            for (Tag candidate : level) {
                if (name.equals(candidate.getName())) {
                    found = candidate;
                    break;
                }
            }
            if (found == null) {
                return null;
            }
            level = found.getChildren();
        }
        return found;
    }

    /** All tags of the scheme, parents before their children, in document order. */
    public static List<Tag> all(TagScheme scheme) {
        List<Tag> result = new ArrayList<>();
        addAll(scheme.getTags(), result);
        return result;
    }

    private static void addAll(List<Tag> tags, List<Tag> result) {
        for (Tag tag : tags) {
            result.add(tag);
            addAll(tag.getChildren(), result);
        }
    }

    /** The tag and every tag below it, parents before their children. */
    public static List<Tag> selfAndDescendants(Tag tag) {
        List<Tag> result = new ArrayList<>();
        result.add(tag);
        addAll(tag.getChildren(), result);
        return result;
    }

    /**
     * A colour as {@link Tag#getColour()} keeps it, {@code #rrggbb} in lower case, from {@code #rrggbb}, {@code rrggbb},
     * {@code #rgb} or {@code rgb}; null for a blank one (no colour).
     *
     * @throws IllegalArgumentException if it is none of these
     */
    public static String colour(String colour) {
        if (colour == null || colour.isBlank()) {
            return null;
        }
        var matcher = COLOUR.matcher(colour.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("a colour is written #rrggbb (e.g. #d94f3d), not '" + colour + "'");
        }
        String hex = matcher.group(1).toLowerCase(Locale.ROOT);
        if (hex.length() == 3) {
            hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
        }
        return "#" + hex;
    }

    /** Splits a path into tag names, undoing the escapes of {@link #path(Tag)}. */
    public static List<String> split(String path) {
        List<String> names = new ArrayList<>();
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '\\' && i + 1 < path.length()) {
                name.append(path.charAt(++i));
            } else if (c == SEPARATOR) {
                names.add(name.toString());
                name.setLength(0);
            } else {
                name.append(c);
            }
        }
        names.add(name.toString());
        return names;
    }

    private static String escape(String name) {
        return name.replace("\\", "\\\\").replace("/", "\\/");
    }
}
