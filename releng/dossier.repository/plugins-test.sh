#!/bin/bash
# End-to-end test of plugins over p2: unpacks the product archive as a user would, serves the built update site over
# http://127.0.0.1, installs the Hacker News connector headless, restarts and fetches through it from a local API
# server; unpacks a newer build over the installation and shows the connector survives (restored from the user's
# plugins area while the update site is down); reports a plugin bundle that does not resolve; uninstalls; installs the
# Bluesky connector too and fetches an account's posts through it from a local XRPC server, the Reddit connector and
# fetches a subreddit's new posts from a local server, and the email connector with its mail library, which reads a
# newsletter from a real IMAP server (GreenMail).
#   releng/dossier.repository/plugins-test.sh [TARGET_DIR]     (the workbench part needs DISPLAY; xvfb-run -a)
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
TARGET=$(cd "${1:-$HERE/target}" && pwd)
SITE="$TARGET/repository"
ARCHIVE="$HERE/../dossier.product/target/products/dossier.product-linux.gtk.x86_64.tar.gz"
WORK="$TARGET/plugins-test"
FEATURE=dossier.connector.hackernews.feature
failures=0
fail() { echo "PLUGINS FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "plugins ok:   $*"; }

[ -f "$ARCHIVE" ] || { echo "PLUGINS FAIL: no product archive at $ARCHIVE; build first"; exit 1; }
[ -f "$SITE/content.jar" ] || { echo "PLUGINS FAIL: no update site at $SITE; build first"; exit 1; }
rm -rf "$WORK" && mkdir -p "$WORK/install" && tar xzf "$ARCHIVE" --warning=no-unknown-keyword -C "$WORK/install"
cd "$WORK"
DOSSIER="$WORK/install/dossier/dossier"
BUNDLES_INFO="$WORK/install/dossier/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
export DOSSIER_PLUGINS_AREA="$WORK/user-plugins"
# p2 turns http: into https: unless told otherwise; the local test servers speak plain http
export DOSSIER_JAVA_OPTS="-Dp2.httpRule=allow"
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done' EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
wait_for() { for _ in $(seq 100); do curl -sf -o /dev/null "$1" && return 0; sleep 0.1; done; return 1; }
run() { # NAME ARGS...: runs dossier, keeps NAME.out, NAME.err, sets rc
  local name=$1; shift
  "$DOSSIER" "$@" >"$name.out" 2>"$name.err"; rc=$?
}

# The update site over http, and a server that answers like the Hacker News search API.
SITE_PORT=$(free_port)
python3 -m http.server "$SITE_PORT" --bind 127.0.0.1 --directory "$SITE" >site-server.log 2>&1 &
site_server=$!; pids+=("$site_server")
API_PORT=$(free_port)
cat >hn-api.py <<'PY'
import json, sys
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import urlparse, parse_qs

class Api(BaseHTTPRequestHandler):
    def do_GET(self):
        url = urlparse(self.path)
        query = parse_qs(url.query)
        if url.path.startswith("/xrpc/"):
            self.xrpc(url.path[len("/xrpc/"):], query)
            return
        if url.path == "/r/brandwatch/new.json":
            # a Listing of t3 posts, as Reddit's JSON listings answer
            posts = [{"kind": "t3", "data": {"name": "t3_rp%d" % i, "title": "Reddit launch thread %d" % i,
                      "permalink": "/r/brandwatch/comments/rp%d/launch/" % i, "url": "https://launch.example/r%d" % i,
                      "is_self": False, "author": "poster%d" % i, "created_utc": 1795000000 + i,
                      "score": 40 * i, "num_comments": 3 * i, "num_crossposts": 0,
                      "subreddit_subscribers": 5000}} for i in (1, 2)]
            self.answer({"kind": "Listing", "data": {"after": None, "children": posts}})
            return
        if url.path != "/api/v1/search_by_date" or query.get("tags") != ["story"]:
            self.send_error(404)
            return
        hits = [{"objectID": "4100" + str(i), "title": "Launch story %d about %s" % (i, query["query"][0]),
                 "url": "https://launch.example/%d" % i, "author": "writer%d" % i,
                 "created_at": "2026-11-2%dT08:00:00Z" % i, "points": 10 * i, "num_comments": i} for i in (1, 2)]
        self.answer({"hits": hits, "page": 0, "nbPages": 1})

    def xrpc(self, nsid, query):
        # app.bsky.feed.getAuthorFeed and app.bsky.actor.getProfiles, as the AT Protocol's lexicons define them
        if nsid == "app.bsky.feed.getAuthorFeed" and query.get("actor") == ["ann.example.com"]:
            posts = [{"uri": "at://did:plc:ann/app.bsky.feed.post/3kpost%d" % i, "cid": "bafy%d" % i,
                      "author": {"did": "did:plc:ann", "handle": "ann.example.com", "displayName": "Ann"},
                      "record": {"$type": "app.bsky.feed.post", "text": "Bluesky launch post %d" % i,
                                 "createdAt": "2026-11-2%dT09:00:00.000Z" % i, "langs": ["en"]},
                      "replyCount": i, "repostCount": 2 * i, "likeCount": 10 * i, "quoteCount": 0,
                      "indexedAt": "2026-11-2%dT09:00:01.000Z" % i} for i in (1, 2)]
            self.answer({"feed": [{"post": post} for post in posts]})
        elif nsid == "app.bsky.actor.getProfiles":
            self.answer({"profiles": [{"did": did, "handle": "ann.example.com", "followersCount": 321}
                                      for did in query.get("actors", [])]})
        else:
            self.send_error(400)

    def answer(self, value):
        body = json.dumps(value).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass

HTTPServer(("127.0.0.1", int(sys.argv[1])), Api).serve_forever()
PY
python3 hn-api.py "$API_PORT" >api-server.log 2>&1 &
pids+=("$!")
SITE_URL="http://127.0.0.1:$SITE_PORT"
API_URL="http://127.0.0.1:$API_PORT"
wait_for "$SITE_URL/content.jar" && wait_for "$API_URL/api/v1/search_by_date?query=x&tags=story" \
  || { echo "PLUGINS FAIL: the local servers did not start"; exit 1; }

# Before: the connector is not in the product.
run connectors-before source list --connectors -data "$WORK/ws"
[ $rc = 0 ] && ! grep -q '^hackernews' connectors-before.out && pass "the product has no Hacker News connector" \
  || fail "connectors before install: rc=$rc $(cat connectors-before.out connectors-before.err)"
run list-before plugins list
if [ $rc = 0 ] && grep -q '^dossier.feature .*part of Dossier$' list-before.out \
  && grep -q '^dossier.connectors.feature .*part of Dossier$' list-before.out && ! grep -q "$FEATURE" list-before.out; then
  pass "plugins list: dossier.feature and dossier.connectors.feature, part of Dossier"
else fail "plugins list before install: rc=$rc $(cat list-before.out list-before.err)"; fi

# Mistakes: one line, exit 1 or 2.
run wrong-feature plugins install "$SITE_URL" no.such.feature
[ $rc = 1 ] && [ "$(wc -l <wrong-feature.err)" = 1 ] && grep -q "^dossier plugins install: no feature no.such.feature on $SITE_URL (it offers: .*$FEATURE" wrong-feature.err \
  && pass "installing a feature the site lacks: one line naming what it offers" || fail "wrong feature: rc=$rc $(cat wrong-feature.err)"
run dead-site plugins install "http://127.0.0.1:$(free_port)" "$FEATURE"
[ $rc = 1 ] && [ "$(wc -l <dead-site.err)" = 1 ] && grep -q "^dossier plugins install: cannot read the update site http://127.0.0.1:" dead-site.err \
  && pass "a site that is down: one line" || fail "dead site: rc=$rc $(cat dead-site.err)"
run own-feature plugins uninstall dossier.connectors.feature
[ $rc = 1 ] && grep -q "^dossier plugins uninstall: dossier.connectors.feature is part of Dossier and cannot be uninstalled$" own-feature.err \
  && pass "Dossier's own features cannot be uninstalled" || fail "uninstall own feature: rc=$rc $(cat own-feature.err)"
run usage plugins install "$SITE_URL"
[ $rc = 2 ] && pass "plugins install without a feature: exit 2" || fail "usage: rc=$rc $(cat usage.err)"

# Install over http, headless.
run install plugins install "$SITE_URL" "$FEATURE"
[ $rc = 0 ] && grep -q "^installed $FEATURE 0.1.0.* from $SITE_URL (1 bundle); restart Dossier to use it$" install.out \
  && pass "installed over http: $(cat install.out)" || fail "install: rc=$rc $(cat install.out install.err)"
grep -q '^dossier.connector.hackernews,' "$BUNDLES_INFO" && pass "bundles.info lists the connector" || fail "bundles.info lacks the connector"
[ -f "$DOSSIER_PLUGINS_AREA/repository/content.xml" ] || [ -f "$DOSSIER_PLUGINS_AREA/repository/content.jar" ] \
  && ls "$DOSSIER_PLUGINS_AREA"/repository/plugins/dossier.connector.hackernews_*.jar >/dev/null 2>&1 \
  && pass "a copy of the plugin is kept in the user's plugins area" || fail "no copy in $DOSSIER_PLUGINS_AREA: $(find "$DOSSIER_PLUGINS_AREA")"
run install-again plugins install "$SITE_URL" "$FEATURE"
[ $rc = 1 ] && grep -q "is already installed$" install-again.err && pass "installing it twice: already installed" \
  || fail "install twice: rc=$rc $(cat install-again.err)"

# Restart: listed, and it fetches.
check_connector() { # WHEN SOURCE SUMMARY
  run "list-$1" plugins list
  grep -q "^$FEATURE .*installed by you from $SITE_URL$" "list-$1.out" && pass "$1: plugins list shows the connector as installed by you" \
    || fail "$1: plugins list: $(cat "list-$1.out" "list-$1.err")"
  run "connectors-$1" source list --connectors -data "$WORK/ws"
  grep -q '^hackernews' "connectors-$1.out" && pass "$1: the hackernews connector is offered" \
    || fail "$1: connectors: $(cat "connectors-$1.out" "connectors-$1.err")"
  run "add-$1" source add hackernews "$2" -p "query=brand launch" -p "api=$API_URL" -data "$WORK/ws"
  run "refresh-$1" source refresh "$2" -data "$WORK/ws"
  [ $rc = 0 ] && grep -q "^$2 .*$3" "refresh-$1.out" && pass "$1: fetched through the connector: $(head -1 "refresh-$1.out")" \
    || fail "$1: refresh: rc=$rc $(cat "refresh-$1.out" "refresh-$1.err")"
}
check_connector after-install "HN launch" "2 new"
run show-item search "launch story" --json -data "$WORK/ws"
grep -q 'Launch story 1 about brand launch' show-item.out && pass "the fetched stories are searchable" || fail "search: $(cat show-item.out show-item.err)"

# A newer build unpacked over the old one while the update site is down: the connector is restored from the copy.
kill "$site_server"; wait "$site_server" 2>/dev/null
python3 "$HERE/newer-build.py" "$ARCHIVE" "$WORK/newer.tar.gz" >newer.version || fail "could not make the newer build"
tar xzf "$WORK/newer.tar.gz" -C "$WORK/install"
! grep -q '^dossier.connector.hackernews,' "$BUNDLES_INFO" && pass "the newer build's bundles.info does not list the connector (what makes plugins vanish)" \
  || fail "the newer build already lists the connector"
run version-newer version
[ $rc = 0 ] && grep -q "^Dossier $(cat newer.version)" version-newer.out && grep -q "restoring the plugins you installed" version-newer.err \
  && grep -q "^restored $FEATURE 0.1.0" version-newer.err && pass "the newer Dossier restored the connector at start: $(grep '^restored' version-newer.err)" \
  || fail "newer build start: rc=$rc $(cat version-newer.out version-newer.err)"
grep -q '^set aside the profile state of an older Dossier' version-newer.err && pass "the older Dossier's newer profile state was set aside" \
  || fail "no profile state set aside: $(cat version-newer.err)"
check_connector after-upgrade "HN again" "0 new, 0 updated, 2 unchanged"
run version-quiet version
! grep -q restoring version-quiet.err && pass "the next start has nothing to restore" || fail "restores at every start: $(cat version-quiet.err)"

# A plugin bundle that does not resolve: reported with the reason, and Dossier runs without it.
mkdir -p broken/META-INF
printf 'Manifest-Version: 1.0\nBundle-ManifestVersion: 2\nBundle-SymbolicName: example.broken.plugin\nBundle-Version: 1.0.0\nImport-Package: org.example.nowhere\n' >broken/META-INF/MANIFEST.MF
(cd broken && zip -q -r "$WORK/install/dossier/plugins/example.broken.plugin_1.0.0.jar" META-INF)
cp "$BUNDLES_INFO" bundles.info.kept
echo "example.broken.plugin,1.0.0,plugins/example.broken.plugin_1.0.0.jar,4,true" >>"$BUNDLES_INFO"
run list-broken plugins list
[ $rc = 0 ] && grep -q "^left out, did not resolve: example.broken.plugin 1.0.0: .*org.example.nowhere" list-broken.out \
  && pass "plugins list names the bundle that did not resolve: $(grep '^left out' list-broken.out)" || fail "broken plugin list: $(cat list-broken.out list-broken.err)"
run doctor-broken doctor -data "$WORK/ws"
grep -q "^WARNING plugins .*example.broken.plugin 1.0.0.*org.example.nowhere" doctor-broken.out \
  && pass "dossier doctor warns about it" || fail "doctor: $(cat doctor-broken.out doctor-broken.err)"
run refresh-broken source refresh "HN launch" -data "$WORK/ws"
[ $rc = 0 ] && pass "Dossier runs without it" || fail "refresh with a broken plugin: rc=$rc $(cat refresh-broken.out refresh-broken.err)"
if [ -n "${DISPLAY:-}" ]; then
  DOSSIER_JAVA_OPTS="$DOSSIER_JAVA_OPTS -Ddossier.startup.report=$WORK/shown -Ddossier.startup.exit=true" \
    timeout 120 "$DOSSIER" -data "$WORK/ws" >workbench.log 2>&1; rc=$?
  [ $rc = 0 ] && [ -s shown ] && grep -q "Plugin bundle example.broken.plugin 1.0.0 did not resolve; Dossier runs without it: .*org.example.nowhere" "$WORK/ws/.metadata/.log" \
    && pass "the workbench opened and the Error Log names the bundle" || fail "workbench with a broken plugin: rc=$rc $(tail -5 workbench.log; cat "$WORK/ws/.metadata/.log")"
fi
cp bundles.info.kept "$BUNDLES_INFO"

# Uninstall.
run uninstall plugins uninstall "$FEATURE"
[ $rc = 0 ] && grep -q "^uninstalled $FEATURE 0.1.0" uninstall.out && pass "uninstalled" || fail "uninstall: rc=$rc $(cat uninstall.out uninstall.err)"
run connectors-uninstalled source list --connectors -data "$WORK/ws"
! grep -q '^hackernews' connectors-uninstalled.out && ! grep -q "$FEATURE" "$DOSSIER_PLUGINS_AREA/plugins.json" \
  && pass "after uninstall the connector is gone and no longer recorded" || fail "after uninstall: $(cat connectors-uninstalled.out)"

# A second connector from the update site, Bluesky: installed, it fetches an account's posts from a local XRPC server.
BLUESKY=dossier.connector.bluesky.feature
python3 -m http.server "$SITE_PORT" --bind 127.0.0.1 --directory "$SITE" >>site-server.log 2>&1 &
pids+=("$!")
wait_for "$SITE_URL/content.jar" || fail "the update site server did not start again"
run install-bluesky plugins install "$SITE_URL" "$BLUESKY"
[ $rc = 0 ] && grep -q "^installed $BLUESKY 0.1.0.* from $SITE_URL (1 bundle); restart Dossier to use it$" install-bluesky.out \
  && pass "installed the Bluesky connector: $(cat install-bluesky.out)" || fail "install Bluesky: rc=$rc $(cat install-bluesky.out install-bluesky.err)"
run add-bluesky source add bluesky "Ann on Bluesky" -p actor=ann.example.com -p "api=$API_URL" -data "$WORK/ws"
run refresh-bluesky source refresh "Ann on Bluesky" -data "$WORK/ws"
[ $rc = 0 ] && grep -q "^Ann on Bluesky .*2 new" refresh-bluesky.out && pass "fetched through the Bluesky connector: $(head -1 refresh-bluesky.out)" \
  || fail "Bluesky refresh: rc=$rc $(cat add-bluesky.out add-bluesky.err refresh-bluesky.out refresh-bluesky.err)"
echo "app-pass-in-the-product" | DOSSIER_JAVA_OPTS="$DOSSIER_JAVA_OPTS -Ddossier.secure.storage=$WORK/secure_storage" \
  "$DOSSIER" source password bluesky ann.example.com >password.out 2>password.err
[ $? = 0 ] && [ -s "$WORK/secure_storage" ] && ! grep -q "app-pass-in-the-product" "$WORK/secure_storage" \
  && pass "the app password is kept encrypted in secure storage: $(cat password.out)" \
  || fail "source password: $(cat password.out password.err)"
run uninstall-bluesky plugins uninstall "$BLUESKY"
[ $rc = 0 ] && pass "uninstalled the Bluesky connector" || fail "uninstall Bluesky: rc=$rc $(cat uninstall-bluesky.err)"

# A third, Reddit: installed, it fetches a subreddit's new posts from a local server answering Reddit's listings.
REDDIT=dossier.connector.reddit.feature
run install-reddit plugins install "$SITE_URL" "$REDDIT"
[ $rc = 0 ] && grep -q "^installed $REDDIT 0.1.0.* from $SITE_URL" install-reddit.out \
  && pass "installed the Reddit connector: $(cat install-reddit.out)" || fail "install Reddit: rc=$rc $(cat install-reddit.out install-reddit.err)"
run add-reddit source add reddit "Brand on Reddit" -p subreddit=brandwatch -p "api=$API_URL" -data "$WORK/ws"
run refresh-reddit source refresh "Brand on Reddit" -data "$WORK/ws"
[ $rc = 0 ] && grep -q "^Brand on Reddit .*2 new" refresh-reddit.out && pass "fetched through the Reddit connector: $(head -1 refresh-reddit.out)" \
  || fail "Reddit refresh: rc=$rc $(cat add-reddit.out add-reddit.err refresh-reddit.out refresh-reddit.err)"
run uninstall-reddit plugins uninstall "$REDDIT"
[ $rc = 0 ] && pass "uninstalled the Reddit connector" || fail "uninstall Reddit: rc=$rc $(cat uninstall-reddit.err)"

# The email connector brings Jakarta Mail and Angus: installed, it reads a newsletter from a real IMAP server on
# 127.0.0.1 (GreenMail's standalone jar, which the email connector's tests fetch from Maven Central) and says so in
# one line when the mailbox is down.
EMAIL=dossier.connector.email.feature
run install-email plugins install "$SITE_URL" "$EMAIL"
[ $rc = 0 ] && grep -q "^installed $EMAIL 0.1.0.* from $SITE_URL (5 bundles)" install-email.out \
  && pass "installed the email connector with its mail library: $(cat install-email.out)" || fail "install email: rc=$rc $(cat install-email.out install-email.err)"
echo "mailbox-pass" | DOSSIER_JAVA_OPTS="$DOSSIER_JAVA_OPTS -Ddossier.secure.storage=$WORK/secure_storage" \
  "$DOSSIER" source password email reader >email-password.out 2>email-password.err
MAIL_PORT=$(free_port)
SMTP_PORT=$(free_port)
GREENMAIL="$HERE/../../bundles/dossier.connector.email.tests/target/greenmail/greenmail-standalone.jar"
java -Dgreenmail.hostname=127.0.0.1 -Dgreenmail.imap.port="$MAIL_PORT" -Dgreenmail.smtp.port="$SMTP_PORT" \
  -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$(free_port)" -Dgreenmail.users=reader:mailbox-pass@127.0.0.1 \
  -jar "$GREENMAIL" >greenmail.log 2>&1 &
mail_server=$!; pids+=("$mail_server")
python3 - "$SMTP_PORT" <<'PY' >deliver.log 2>&1 || fail "no newsletter could be delivered to GreenMail: $(cat deliver.log greenmail.log | tail -5)"
import smtplib, sys, time
from email.mime.text import MIMEText
message = MIMEText('<html><body><h1>Launch weekly</h1><p>The brand launch drew small accounts into the conversation;'
                   ' <a href="https://launch.example/weekly">read the issue</a>.</p><p>Strategists compared it with'
                   ' last year and noted who mattered.</p></body></html>', 'html')
message['Subject'] = 'Launch weekly'
message['From'] = 'editor@newsletter.example'
message['To'] = 'reader@127.0.0.1'
for attempt in range(100):
    try:
        with smtplib.SMTP('127.0.0.1', int(sys.argv[1]), timeout=5) as smtp:
            smtp.send_message(message)
        break
    except OSError:
        time.sleep(0.2)
else:
    sys.exit('GreenMail did not answer on SMTP')
PY
run add-email source add email "Newsletters" -p host=127.0.0.1 -p "port=$MAIL_PORT" -p plain=true -p user=reader -data "$WORK/ws"
DOSSIER_JAVA_OPTS="$DOSSIER_JAVA_OPTS -Ddossier.secure.storage=$WORK/secure_storage" \
  "$DOSSIER" source refresh Newsletters -data "$WORK/ws" >refresh-email.out 2>refresh-email.err; rc=$?
[ $rc = 0 ] && grep -q "^Newsletters .*1 new" refresh-email.out \
  && pass "fetched a newsletter through the email connector: $(head -1 refresh-email.out)" \
  || fail "email refresh: rc=$rc $(cat add-email.err refresh-email.out refresh-email.err; tail -5 greenmail.log)"
kill "$mail_server"; wait "$mail_server" 2>/dev/null
DOSSIER_JAVA_OPTS="$DOSSIER_JAVA_OPTS -Ddossier.secure.storage=$WORK/secure_storage" \
  "$DOSSIER" source refresh Newsletters -data "$WORK/ws" >refresh-email-down.out 2>refresh-email-down.err; rc=$?
[ $rc = 1 ] && grep -q "^Newsletters .*failed: imap://127.0.0.1:$MAIL_PORT: cannot connect" refresh-email-down.out \
  && pass "a mailbox that is down: $(head -1 refresh-email-down.out)" \
  || fail "email refresh with the mailbox down: rc=$rc $(cat refresh-email-down.out refresh-email-down.err)"
run uninstall-email plugins uninstall "$EMAIL"
[ $rc = 0 ] && pass "uninstalled the email connector" || fail "uninstall email: rc=$rc $(cat uninstall-email.err)"

# The workbench: Help > Install New Software reads the update site, Help > Installation Details opens.
window() { # NAME-REGEX: waits up to 60 s for a window, prints its id
  for _ in $(seq 120); do
    id=$(xdotool search --onlyvisible --name "$1" 2>/dev/null | head -n 1)
    [ -n "$id" ] && { echo "$id"; return 0; }
    sleep 0.5
  done
  return 1
}
if [ -n "${DISPLAY:-}" ]; then
  # the wizard loads every site p2 knows, the http one installed from included: it is served again since Bluesky's install
  rm -f shown
  DOSSIER_JAVA_OPTS="$DOSSIER_JAVA_OPTS -Ddossier.startup.report=$WORK/shown" "$DOSSIER" -data "$WORK/ws-ui" >ui.log 2>&1 &
  ui=$!; pids+=("$ui")
  for _ in $(seq 240); do [ -s shown ] && break; sleep 0.5; done
  main=$(window "^Dossier - ws-ui") || fail "the workbench window did not show: $(tail -5 ui.log)"
  sleep 3
  xdotool windowfocus --sync "$main" 2>/dev/null; xdotool key --clearmodifiers alt+h; sleep 1; xdotool key s
  if wizard=$(window "^Install"); then
    sleep 2
    xdotool windowfocus --sync "$wizard" 2>/dev/null; xdotool type --delay 10 "file:$SITE"; xdotool key Return
    found=
    for _ in $(seq 60); do grep -rqs "$SITE" "$WORK/install/dossier/p2" --include='*.prefs' && { found=1; break; }; sleep 1; done
    [ -n "$found" ] && pass "Help > Install New Software opened p2's wizard and loaded file:$SITE" \
      || fail "the Install wizard did not load the update site"
    xdotool key Escape
  else fail "Help > Install New Software did not open the Install wizard: $(tail -5 ui.log)"; fi
  sleep 1
  xdotool windowfocus --sync "$main" 2>/dev/null; xdotool key --clearmodifiers alt+h; sleep 1; xdotool key d
  if details=$(window "Installation Details"); then
    sleep 2
    pass "Help > Installation Details opened: $(xdotool getwindowname "$details")"
    xdotool key Escape
  else fail "Help > Installation Details did not open: $(tail -5 ui.log)"; fi
  kill "$ui"; wait "$ui" 2>/dev/null
  grep -qE '^!ENTRY [^ ]+ 4 ' "$WORK/ws-ui/.metadata/.log" 2>/dev/null && fail "the workbench logged an error: $(grep -A3 -m2 '^!ENTRY' "$WORK/ws-ui/.metadata/.log")"
fi

for f in *.err; do
  grep -qE 'Exception|^!ENTRY [^ ]+ 4 ' "$f" && fail "$f has an exception: $(grep -m3 -E 'Exception' "$f")"
done
if [ $failures -gt 0 ]; then echo "plugins test: $failures failure(s); files in $WORK"; exit 1; fi
echo "plugins test: all passed"
