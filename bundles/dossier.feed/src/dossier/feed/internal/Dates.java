package dossier.feed.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Lenient dates as feeds write them: RFC 822/1123 (RSS) and ISO 8601 / W3C-DTF (Atom, Dublin Core, JSON Feed). */
public final class Dates {

    private static final Pattern RFC822 = Pattern.compile(
            "(?:[A-Za-z]{3,9},?\\s*)?(\\d{1,2})[\\s-]+([A-Za-z]{3,9})[\\s-]+(\\d{2,4})(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?\\s*([A-Za-z]{1,5}|[+-]\\d{2}:?\\d{2})?.*");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));
    private static final Map<String, Integer> ZONES = Map.ofEntries(Map.entry("UT", 0), Map.entry("UTC", 0),
            Map.entry("GMT", 0), Map.entry("Z", 0), Map.entry("EST", -5), Map.entry("EDT", -4), Map.entry("CST", -6),
            Map.entry("CDT", -5), Map.entry("MST", -7), Map.entry("MDT", -6), Map.entry("PST", -8),
            Map.entry("PDT", -7), Map.entry("CET", 1), Map.entry("CEST", 2));
    private static final DateTimeFormatter ISO_LENIENT = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("yyyy-MM-dd['T'][' ']HH:mm[:ss]").optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd().optionalStart()
            .appendOffset("+HH:MM", "Z").optionalEnd().optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter(Locale.ROOT);

    private Dates() {
    }

    /** The instant a feed's date string means, or null. Dates without a zone are taken as UTC. */
    public static Instant parse(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            // try the others
        }
        try {
            return ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            // try the others
        }
        try {
            var parsed = ISO_LENIENT.parse(t);
            LocalDateTime ldt = LocalDateTime.of(parsed.get(ChronoField.YEAR), parsed.get(ChronoField.MONTH_OF_YEAR),
                    parsed.get(ChronoField.DAY_OF_MONTH), parsed.get(ChronoField.HOUR_OF_DAY),
                    parsed.get(ChronoField.MINUTE_OF_HOUR),
                    parsed.isSupported(ChronoField.SECOND_OF_MINUTE) ? parsed.get(ChronoField.SECOND_OF_MINUTE) : 0,
                    parsed.isSupported(ChronoField.NANO_OF_SECOND) ? parsed.get(ChronoField.NANO_OF_SECOND) : 0);
            ZoneOffset off = parsed.isSupported(ChronoField.OFFSET_SECONDS)
                    ? ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS))
                    : ZoneOffset.UTC;
            return ldt.toInstant(off);
        } catch (RuntimeException e) {
            // try the others
        }
        Matcher d = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$").matcher(t);
        if (d.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(d.group(1)), d.group(2) == null ? 1 : Integer.parseInt(d.group(2)),
                        d.group(3) == null ? 1 : Integer.parseInt(d.group(3))).atStartOfDay().toInstant(ZoneOffset.UTC);
            } catch (RuntimeException e) {
                return null;
            }
        }
        Matcher m = RFC822.matcher(t);
        if (m.matches()) {
            try {
                Integer month = MONTHS.get(m.group(2).substring(0, 3).toLowerCase(Locale.ROOT));
                if (month == null) {
                    return null;
                }
                int year = Integer.parseInt(m.group(3));
                if (year < 100) {
                    year += year < 50 ? 2000 : 1900;
                }
                int hour = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
                int minute = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
                int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
                ZoneOffset off = ZoneOffset.UTC;
                String z = m.group(7);
                if (z != null) {
                    if (z.startsWith("+") || z.startsWith("-")) {
                        String digits = z.replace(":", "");
                        int h = Integer.parseInt(digits.substring(1, 3)), mm = Integer.parseInt(digits.substring(3, 5));
                        off = ZoneOffset.ofTotalSeconds((z.startsWith("-") ? -1 : 1) * (h * 3600 + mm * 60));
                    } else {
                        Integer hours = ZONES.get(z.toUpperCase(Locale.ROOT));
                        off = ZoneOffset.ofHours(hours == null ? 0 : hours);
                    }
                }
                return LocalDateTime.of(year, month, Integer.parseInt(m.group(1)), hour, minute, second).toInstant(off);
            } catch (RuntimeException e) {
                return null;
            }
        }
        return null;
    }
}
