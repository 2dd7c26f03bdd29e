package dossier.cli.internal;

import java.util.List;

import org.eclipse.core.runtime.Platform;

import dossier.cli.CommandContext;
import dossier.cli.DossierCommand;
import dossier.cli.JsonOption;
import dossier.core.doctor.Check;
import dossier.core.doctor.Doctor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(description = { "Check what Dossier needs: Java 17, GTK 3, a display for the workbench, plugins that resolve, and a "
        + "writable workspace that no other Dossier holds.",
        "Exits 1 if something is missing that Dossier cannot work without, and says what to install." })
public final class DoctorCommand implements DossierCommand {

    @Mixin
    private JsonOption json;

    @Override
    public int run(CommandContext context) {
        List<Check> checks = Doctor.forThisMachine().run(Platform.getInstanceLocation());
        if (json.isSet()) {
            context.printJson(checks);
        } else {
            for (Check check : checks) {
                context.out().printf("%-7s %-9s %s%n", check.status(), check.name(), check.detail());
                if (!check.fix().isEmpty()) {
                    context.out().printf("%17s fix: %s%n", "", check.fix());
                }
            }
        }
        return checks.stream().anyMatch(c -> c.status() == Check.Status.ERROR) ? 1 : 0;
    }
}
