package dossier.team.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;

/**
 * Dossier's Solr configset: {@code solrconfig.xml} from this bundle's {@code solr/} folder and {@code schema.xml}
 * generated from the local index ({@link SolrSchema}), zipped for the ConfigSets API.
 */
public final class Configset {

    private Configset() {
    }

    /** The configset's name in the cluster, one per collection: {@code dossier-COLLECTION}. */
    public static String name(String collection) {
        return "dossier-" + collection;
    }

    public static byte[] zip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("solrconfig.xml"));
            zip.write(solrconfig());
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("schema.xml"));
            zip.write(SolrSchema.get().schemaXml().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static byte[] solrconfig() throws IOException {
        URL url = FileLocator.find(Platform.getBundle("dossier.team"), new org.eclipse.core.runtime.Path(
                "solr/solrconfig.xml"));
        if (url == null) {
            throw new IOException("solr/solrconfig.xml is missing from the dossier.team bundle");
        }
        try (InputStream in = url.openStream()) {
            return in.readAllBytes();
        }
    }
}
