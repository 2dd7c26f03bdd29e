package dossier.casefile.cli.internal;

import java.util.Date;
import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;

/** How commands print model values: dates in ISO 8601, enum values in lower case ("on-hold"). */
final class Labels {

    private Labels() {
    }

    static String iso(Date date) {
        return date == null ? null : date.toInstant().toString();
    }

    static String of(Enumerator value) {
        return value.getLiteral().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
