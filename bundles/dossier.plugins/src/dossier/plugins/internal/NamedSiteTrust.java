package dossier.plugins.internal;

import java.io.File;
import java.net.URI;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bouncycastle.openpgp.PGPPublicKey;
import org.eclipse.equinox.p2.core.UIServices;
import org.eclipse.equinox.p2.metadata.IArtifactKey;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.repository.artifact.spi.IArtifactUIServices;
import org.eclipse.equinox.p2.repository.metadata.spi.IInstallableUnitUIServices;

/**
 * p2's questions answered for a command line, where nobody can be asked: naming an update site on the command line
 * is trusting it, so its authority and its content (unsigned, or signed by keys not seen before) are trusted for
 * this install only, nothing saved. Workbench installs ask in p2's dialogs instead. Credentials are never guessed.
 */
public final class NamedSiteTrust extends UIServices implements IInstallableUnitUIServices, IArtifactUIServices {

    @Override
    public AuthenticationInfo getUsernamePassword(String location) {
        return null;
    }

    @Override
    public AuthenticationInfo getUsernamePassword(String location, AuthenticationInfo previousInfo) {
        return null;
    }

    @Override
    public TrustInfo getTrustInfo(Certificate[][] untrustedChain, String[] unsignedDetail) {
        List<Certificate> certificates = new ArrayList<>();
        if (untrustedChain != null) {
            for (Certificate[] chain : untrustedChain) {
                if (chain != null && chain.length > 0) {
                    certificates.add(chain[0]);
                }
            }
        }
        return new TrustInfo(certificates.toArray(Certificate[]::new), false, true);
    }

    @Override
    public TrustInfo getTrustInfo(Map<List<Certificate>, Set<IArtifactKey>> untrustedCertificates,
            Map<PGPPublicKey, Set<IArtifactKey>> untrustedPGPKeys, Set<IArtifactKey> unsignedArtifacts,
            Map<IArtifactKey, File> artifacts) {
        List<Certificate> certificates = untrustedCertificates.keySet().stream().filter(chain -> !chain.isEmpty())
                .map(chain -> chain.get(0)).toList();
        Collection<PGPPublicKey> keys = untrustedPGPKeys.keySet();
        return new TrustInfo(certificates, keys, false, true);
    }

    @Override
    public TrustAuthorityInfo getTrustAuthorityInfo(Map<URI, Set<IInstallableUnit>> untrustedAuthorities,
            Map<URI, List<Certificate>> certificates) {
        return new TrustAuthorityInfo(untrustedAuthorities.keySet(), false, false);
    }
}
