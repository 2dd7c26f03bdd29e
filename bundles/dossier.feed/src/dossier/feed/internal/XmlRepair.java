package dossier.feed.internal;

import java.nio.charset.Charset;
import java.util.List;

import org.jsoup.nodes.Entities;

/**
 * Makes a feed's text palatable to a strict XML parser that processes no DTD: removes the DOCTYPE (so no
 * entity can be declared, internal or external), turns HTML named entities into character references,
 * escapes unknown entities and bare ampersands, maps character references to the C1 range (windows-1252
 * code points used as Unicode) to the characters meant, and drops characters XML forbids. CDATA sections,
 * comments and processing instructions are copied untouched.
 */
public final class XmlRepair {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private XmlRepair() {
    }

    public static String repair(String s, List<String> warnings) {
        StringBuilder out = new StringBuilder(s.length() + 64);
        boolean doctype = false, entities = false, amps = false, controls = false;
        int i = 0, n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '<') {
                if (s.startsWith("<![CDATA[", i)) {
                    int end = s.indexOf("]]>", i + 9);
                    end = end < 0 ? n : end + 3;
                    controls |= appendClean(out, s, i, end);
                    i = end;
                    continue;
                }
                if (s.startsWith("<!--", i)) {
                    int end = s.indexOf("-->", i + 4);
                    end = end < 0 ? n : end + 3;
                    controls |= appendClean(out, s, i, end);
                    i = end;
                    continue;
                }
                if (s.startsWith("<?", i)) {
                    int end = s.indexOf("?>", i + 2);
                    end = end < 0 ? n : end + 2;
                    controls |= appendClean(out, s, i, end);
                    i = end;
                    continue;
                }
                if (s.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
                    i = endOfDoctype(s, i);
                    doctype = true;
                    continue;
                }
                out.append(c);
                i++;
                continue;
            }
            if (c == '&') {
                int semi = -1;
                for (int j = i + 1; j < n && j < i + 40; j++) {
                    char d = s.charAt(j);
                    if (d == ';') {
                        semi = j;
                        break;
                    }
                    if (!(Character.isLetterOrDigit(d) || d == '#' || d == '_' || d == '-' || d == '.' || d == ':')) {
                        break;
                    }
                }
                if (semi < 0) {
                    out.append("&amp;");
                    amps = true;
                    i++;
                    continue;
                }
                String name = s.substring(i + 1, semi);
                String replacement = entity(name);
                if (replacement == null) {
                    out.append("&amp;");
                    entities = true;
                    i++;
                    continue;
                }
                if (!replacement.equals("&" + name + ";")) {
                    entities = true;
                }
                out.append(replacement);
                i = semi + 1;
                continue;
            }
            if (isXmlChar(s, i)) {
                out.append(c);
            } else {
                controls = true;
            }
            i++;
        }
        if (doctype) {
            warnings.add("the DOCTYPE was removed: DTDs and their entities are not processed");
        }
        if (entities) {
            warnings.add("undeclared entities were replaced");
        }
        if (amps) {
            warnings.add("unescaped ampersands were escaped");
        }
        if (controls) {
            warnings.add("characters not allowed in XML were removed");
        }
        return out.toString();
    }

    /** The replacement of {@code &name;}: itself, a numeric reference, or null for "escape the ampersand". */
    private static String entity(String name) {
        if (name.isEmpty()) {
            return null;
        }
        if (name.charAt(0) == '#') {
            int cp;
            try {
                cp = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
                        ? Integer.parseInt(name.substring(2), 16)
                        : Integer.parseInt(name.substring(1));
            } catch (NumberFormatException e) {
                return null;
            }
            if (cp >= 0x80 && cp <= 0x9f) {
                String mapped = new String(new byte[] { (byte) cp }, WINDOWS_1252);
                return "&#" + mapped.codePointAt(0) + ";";
            }
            if (cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD
                    || cp >= 0x10000 && cp <= 0x10FFFF) {
                return "&" + name + ";";
            }
            return ""; // a reference to a character XML forbids: dropped
        }
        switch (name) {
        case "lt", "gt", "amp", "quot", "apos":
            return "&" + name + ";";
        default:
            break;
        }
        if (Entities.isNamedEntity(name)) {
            String value = Entities.getByName(name);
            if (value != null && !value.isEmpty()) {
                StringBuilder b = new StringBuilder();
                value.codePoints().forEach(cp -> b.append("&#").append(cp).append(';'));
                return b.toString();
            }
        }
        return null;
    }

    private static int endOfDoctype(String s, int start) {
        int i = start + 9, n = s.length();
        boolean subset = false;
        char quote = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                subset = true;
            } else if (c == ']') {
                subset = false;
            } else if (c == '>' && !subset) {
                return i + 1;
            }
            i++;
        }
        return n;
    }

    private static boolean appendClean(StringBuilder out, String s, int from, int to) {
        boolean removed = false;
        for (int i = from; i < to; i++) {
            if (isXmlChar(s, i)) {
                out.append(s.charAt(i));
            } else {
                removed = true;
            }
        }
        return removed;
    }

    private static boolean isXmlChar(String s, int i) {
        char c = s.charAt(i);
        if (c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD) {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
        }
        return false;
    }
}
