package dossier.service.forward;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Properties;

/**
 * Where a running Dossier's local service answers for a workspace: its port, its secret token and its process, in
 * {@code .metadata/dossier-service.properties} in the workspace, readable only by the user. Plain Java: the command
 * forwarder reads it without starting OSGi.
 */
public record ServiceFile(int port, String token, long pid) {

    public static Path of(Path workspace) {
        return workspace.resolve(".metadata").resolve("dossier-service.properties");
    }

    /** The file's content, if there is a readable one; whether its process still runs is for the caller to find. */
    public static Optional<ServiceFile> read(Path workspace) throws IOException {
        String text;
        try {
            text = Files.readString(of(workspace), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = new StringReader(text)) {
            properties.load(reader);
        }
        try {
            return Optional.of(new ServiceFile(Integer.parseInt(properties.getProperty("port", "")),
                    properties.getProperty("token", ""), Long.parseLong(properties.getProperty("pid", ""))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Writes this file for {@code workspace}, readable by the user only. */
    public void write(Path workspace) throws IOException {
        writePrivately(of(workspace), ("port=" + port + "\ntoken=" + token + "\npid=" + pid + "\n")
                .getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code file} whole or not at all: created readable and writable by the user only, then moved in place. */
    public static void writePrivately(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.write(temporary, content);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Removes the file of {@code workspace} if it is still this one (a newer Dossier may have written its own). */
    public void remove(Path workspace) throws IOException {
        if (read(workspace).filter(this::equals).isPresent()) {
            Files.deleteIfExists(of(workspace));
        }
    }
}
