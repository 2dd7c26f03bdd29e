package dossier.boards.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * Time buckets chosen by the range shown: hours up to 3 days, days up to 180 days, weeks (from Monday, UTC) beyond.
 */
enum Buckets {
    HOUR(Duration.ofHours(1)), DAY(Duration.ofDays(1)), WEEK(Duration.ofDays(7));

    final Duration length;

    Buckets(Duration length) {
        this.length = length;
    }

    static Buckets forRange(Instant from, Instant to) {
        Duration span = Duration.between(from, to);
        if (span.compareTo(Duration.ofDays(3)) <= 0) {
            return HOUR;
        }
        return span.compareTo(Duration.ofDays(180)) <= 0 ? DAY : WEEK;
    }

    static Buckets named(String name) {
        for (Buckets b : values()) {
            if (b.label().equals(name)) {
                return b;
            }
        }
        throw new IllegalArgumentException("bucket is hour, day or week, not '" + name + "'");
    }

    String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The start of the bucket holding {@code t}. */
    Instant floor(Instant t) {
        return switch (this) {
        case HOUR -> t.truncatedTo(ChronoUnit.HOURS);
        case DAY -> t.truncatedTo(ChronoUnit.DAYS);
        case WEEK -> t.atZone(ZoneOffset.UTC).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .atStartOfDay(ZoneOffset.UTC).toInstant();
        };
    }
}
