package dossier.team.cli.internal;

import java.util.ArrayList;
import java.util.List;

import dossier.cli.CommandFailure;
import dossier.team.TeamConnection;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The URLs, collection and user shared by {@code team connect} and {@code team setup}. */
public final class ConnectionOptions {

    @Parameters(arity = "1..*", paramLabel = "URL", description = "Solr base URLs of some of the cluster's nodes,"
            + " e.g. http://solr1:8983/solr (no ZooKeeper needed)")
    List<String> urls = new ArrayList<>();

    @Option(names = "--collection", required = true, paramLabel = "NAME", description = "The team collection")
    String collection;

    @Option(names = "--user", paramLabel = "USER", description = "User of Solr's basic authentication; the password"
            + " is asked for (or read from " + TeamCommand.PASSWORD_VARIABLE + ") and kept in Eclipse secure storage")
    String user;

    TeamConnection connection() throws CommandFailure {
        try {
            return new TeamConnection(urls, collection, user);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(e.getMessage());
        }
    }
}
