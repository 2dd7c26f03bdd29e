package dossier.connector;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.equinox.security.storage.provider.IProviderHints;

/**
 * Passwords and tokens of connector accounts, encrypted in Eclipse secure storage, never in the workspace or a
 * source's parameters: node {@code /dossier/connectors/CONNECTOR/ACCOUNT}. The storage is
 * {@code ~/.dossier/secure_storage} (the system property {@value #STORAGE_PROPERTY} names another); its master
 * password is a random key beside it, readable by the user only, so commands and the workbench open it without a
 * prompt.
 */
public final class Secrets {

    public static final String STORAGE_PROPERTY = "dossier.secure.storage";
    /** The key of an account's password. */
    public static final String PASSWORD = "password";

    private Secrets() {
    }

    /** The value kept under {@code key} for the account, if any. */
    public static Optional<String> get(String connector, String account, String key) throws ConnectorException {
        try {
            ISecurePreferences root = root();
            String path = path(connector, account);
            return root.nodeExists(path) ? Optional.ofNullable(root.node(path).get(key, null)) : Optional.empty();
        } catch (StorageException | IOException e) {
            throw failure(e);
        }
    }

    /** Keeps {@code value} under {@code key} for the account, encrypted, at once on disk. */
    public static void put(String connector, String account, String key, String value) throws ConnectorException {
        try {
            ISecurePreferences node = root().node(path(connector, account));
            node.put(key, value, true);
            node.flush();
        } catch (StorageException | IOException e) {
            throw failure(e);
        }
    }

    /** Forgets the value under {@code key} for the account. */
    public static void remove(String connector, String account, String key) throws ConnectorException {
        try {
            ISecurePreferences root = root();
            String path = path(connector, account);
            if (root.nodeExists(path)) {
                root.node(path).remove(key);
                root.flush();
            }
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private static String path(String connector, String account) {
        return "/dossier/connectors/" + EncodingUtils.encodeSlashes(connector) + "/"
                + EncodingUtils.encodeSlashes(account);
    }

    private static ConnectorException failure(Exception e) {
        return new ConnectorException("the secure storage " + storage() + " cannot be used: " + e.getMessage(), e);
    }

    private static Path storage() {
        String named = System.getProperty(STORAGE_PROPERTY);
        return named == null || named.isBlank() ? Path.of(System.getProperty("user.home"), ".dossier", "secure_storage")
                : Path.of(named);
    }

    private static synchronized ISecurePreferences root() throws IOException {
        Path storage = storage().toAbsolutePath();
        Files.createDirectories(storage.getParent());
        Map<Object, Object> options = new HashMap<>();
        options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
        options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec(masterKey(storage).toCharArray()));
        return SecurePreferencesFactory.open(storage.toUri().toURL(), options);
    }

    /** The storage's master password, made at first use in a file only the user may read. */
    private static String masterKey(Path storage) throws IOException {
        Path key = storage.resolveSibling(storage.getFileName() + ".key");
        if (!Files.exists(key)) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            Path made = Files.createTempFile(key.getParent(), "key", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(made, Base64.getEncoder().encodeToString(random), StandardCharsets.US_ASCII);
            try {
                Files.move(made, key);
            } catch (FileAlreadyExistsException e) {
                Files.delete(made); // made by another process at the same moment
            }
        }
        return Files.readString(key, StandardCharsets.US_ASCII).strip();
    }
}
