#!/bin/bash
# A local SolrCloud for trying team collections on one machine: an embedded ZooKeeper and N Solr nodes
# (default 3) on 127.0.0.1, in this terminal; Ctrl-C or 'stop' stops it. Prints the nodes' URLs for
#   dossier team setup URL... --collection NAME --shards 2 --replicas 2
# Options (passed on): --nodes N, --dir PATH (default: a temp folder), --basic-auth USER:PASSWORD,
# --tls KEYSTORE.p12:PASSWORD (HTTPS; see README.md, "Team collections", TLS).
# Not for production: see README.md, "Team collections".
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
if [ ! -f "$HERE/target/solrcloud.classpath" ] || [ ! -d "$HERE/target/classes" ]; then
  (cd "$HERE" && ../../mvnw -B -q package)
fi
DIR=$(mktemp -d -t dossier-solrcloud.XXXXXX)
echo "Solr logs: $DIR/solrcloud.log" >&2
exec java ${SOLRCLOUD_JAVA_OPTS:--Xmx2g} -Dsolrcloud.log="$DIR/solrcloud.log" \
  -cp "$HERE/target/classes:$(cat "$HERE/target/solrcloud.classpath")" \
  dossier.solrcloud.SolrCloud --nodes 3 --dir "$DIR/data" "$@" 2>"$DIR/stderr.log"
