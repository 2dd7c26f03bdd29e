package dossier.cli;

import picocli.CommandLine.Option;

/** The {@code --json} option; add it to a command with picocli's {@code @Mixin}. */
public class JsonOption {

    @Option(names = "--json", description = "Print the result as JSON")
    private boolean json;

    public boolean isSet() {
        return json;
    }
}
