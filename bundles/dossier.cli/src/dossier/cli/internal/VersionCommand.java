package dossier.cli.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import dossier.cli.CommandContext;
import dossier.cli.DossierCommand;
import dossier.cli.JsonOption;
import dossier.core.product.ProductInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(description = "Print Dossier's version, and the Java and OSGi framework it runs on.")
public final class VersionCommand implements DossierCommand {

    @Mixin
    private JsonOption json;

    @Override
    public int run(CommandContext context) {
        Map<String, String> info = new LinkedHashMap<>();
        info.put("product", ProductInfo.NAME);
        info.put("version", ProductInfo.version());
        info.put("java", ProductInfo.javaVersion());
        info.put("framework", ProductInfo.frameworkVersion());
        info.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        if (json.isSet()) {
            context.printJson(info);
        } else {
            context.out().println(ProductInfo.NAME + " " + info.get("version"));
            context.out().println("Java " + info.get("java") + ", " + info.get("framework") + ", " + info.get("os"));
        }
        return 0;
    }
}
