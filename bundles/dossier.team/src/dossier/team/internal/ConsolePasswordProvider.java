package dossier.team.internal;

import java.io.Console;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.provider.IPreferencesContainer;
import org.eclipse.equinox.security.storage.provider.PasswordProvider;

/**
 * The master password of Eclipse secure storage when no workbench asks for it (the {@code dossier} commands): from
 * the environment variable {@value #VARIABLE} (scripts, CI), else typed in the terminal. Without either, secure
 * storage stays locked and the command says so.
 */
public final class ConsolePasswordProvider extends PasswordProvider {

    public static final String VARIABLE = "DOSSIER_SECURE_STORAGE_PASSWORD";

    @Override
    public PBEKeySpec getPassword(IPreferencesContainer container, int passwordType) {
        String fromEnvironment = System.getenv(VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return new PBEKeySpec(fromEnvironment.toCharArray());
        }
        Console console = System.console();
        if (console == null) {
            return null;
        }
        char[] typed = console.readPassword((passwordType & CREATE_NEW_PASSWORD) != 0
                ? "New master password for Dossier's secure storage: "
                : "Master password of Dossier's secure storage: ");
        return typed == null || typed.length == 0 ? null : new PBEKeySpec(typed);
    }

    @Override
    public boolean retryOnError(Exception e, IPreferencesContainer container) {
        return false;
    }
}
