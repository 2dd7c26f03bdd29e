package dossier.connector.ui.internal;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/** A source's schedule as people say it: manual, or every N minutes or hours (stored as an ISO 8601 duration). */
record Schedule(int every, Unit unit) {

    enum Unit {
        MINUTES("minutes"), HOURS("hours");

        final String label;

        Unit(String label) {
            this.label = label;
        }
    }

    static final Schedule MANUAL = new Schedule(0, Unit.HOURS);

    boolean manual() {
        return every <= 0;
    }

    /** The model's form: PT30M, PT2H, or null for manual. */
    String iso() {
        return manual() ? null : (unit == Unit.HOURS ? Duration.ofHours(every) : Duration.ofMinutes(every)).toString();
    }

    static Schedule parse(String iso) {
        if (iso == null || iso.isBlank()) {
            return MANUAL;
        }
        try {
            Duration duration = Duration.parse(iso);
            long minutes = duration.toMinutes();
            return minutes % 60 == 0 ? new Schedule((int) (minutes / 60), Unit.HOURS)
                    : new Schedule((int) Math.max(1, minutes), Unit.MINUTES);
        } catch (DateTimeParseException e) {
            return MANUAL;
        }
    }

    /** "manual", "every 30 minutes", "every hour". */
    static String describe(String iso) {
        Schedule schedule = parse(iso);
        if (schedule.manual()) {
            return "manual";
        }
        String unit = schedule.every == 1 ? schedule.unit.label.substring(0, schedule.unit.label.length() - 1)
                : schedule.unit.label;
        return "every " + (schedule.every == 1 ? "" : schedule.every + " ") + unit;
    }
}
