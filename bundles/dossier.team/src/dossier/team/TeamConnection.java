package dossier.team;

import java.util.List;

/**
 * Where a workspace's team collection is: the Solr base URLs of some of the cluster's nodes (the client reads the
 * cluster's state from them; no ZooKeeper on the client), the collection, and the user for Solr's basic
 * authentication ({@code null} if the cluster has none; the password is in Eclipse secure storage).
 */
public record TeamConnection(List<String> urls, String collection, String user) {

    public TeamConnection {
        urls = urls.stream().map(u -> u.strip().replaceAll("/+$", "")).toList();
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("a team collection needs at least one Solr URL");
        }
        for (String url : urls) {
            if (!url.startsWith("http://") && !url.startsWith("https://")) {
                throw new IllegalArgumentException("not a Solr URL: " + url + " (e.g. http://solr1:8983/solr)");
            }
        }
        if (collection == null || !collection.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException("a collection name is letters, digits, '.', '_' and '-': " + collection);
        }
    }
}
