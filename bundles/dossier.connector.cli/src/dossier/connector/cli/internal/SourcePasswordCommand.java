package dossier.connector.cli.internal;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

import dossier.cli.CommandContext;
import dossier.cli.CommandFailure;
import dossier.cli.DossierCommand;
import dossier.connector.ConnectorDescriptor;
import dossier.connector.ConnectorException;
import dossier.connector.ConnectorRegistry;
import dossier.connector.Secrets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(description = { "Keep the password of a connector's account (a Bluesky app password, a mailbox's password)"
        + " in Eclipse secure storage, read from the first line of standard input; never in the workspace.",
        "Example: dossier source password bluesky ann.bsky.social < app-password.txt" })
public final class SourcePasswordCommand implements DossierCommand {

    @Parameters(index = "0", paramLabel = "CONNECTOR", description = "The connector's id, e.g. bluesky")
    private String connectorId;

    @Parameters(index = "1", paramLabel = "ACCOUNT", description = "The account, as the sources name it")
    private String account;

    @Option(names = "--forget", description = "Remove the kept password instead")
    private boolean forget;

    @Override
    public int run(CommandContext context) throws Exception {
        ConnectorRegistry installed = ConnectorRegistry.platform();
        if (installed.find(connectorId).isEmpty()) {
            throw new CommandFailure("no connector '" + connectorId + "'; installed: " + installed.all().stream()
                    .map(ConnectorDescriptor::id).collect(Collectors.joining(", ")));
        }
        try {
            if (forget) {
                Secrets.remove(connectorId, account, Secrets.PASSWORD);
                context.out().println("forgot the password of " + account + " on " + connectorId);
                return 0;
            }
            String password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (password == null || password.isBlank()) {
                throw new CommandFailure("no password on standard input");
            }
            Secrets.put(connectorId, account, Secrets.PASSWORD, password.strip());
        } catch (ConnectorException e) {
            throw new CommandFailure(e.getMessage());
        }
        context.out().println("kept the password of " + account + " on " + connectorId + " in secure storage");
        return 0;
    }
}
