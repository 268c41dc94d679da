#!/usr/bin/env bash
# The production install path, end to end: the release bundle's install.sh applied to a fresh,
# unmodified WildFly 39 distribution with a real PostgreSQL 15 (password login) and GreenMail
# as the SMTP relay (with a user name), then the server started on offset ports and used over
# HTTPS as an operator and a technician would. Run by the it module in `verify`:
#
#   install-test.sh BUNDLE_ZIP WILDFLY_DIST_ZIP GREENMAIL_JAR POSTGRESQL_SH WORK_DIR WINE_ENV_SH PIPE_TOOL
#
# The support app downloaded from the invitation is installed under Wine (scripts/test/
# wine-env.sh; AdHocPipeTool.exe types the code as the app would) and must activate over wss
# only with the certificate it can verify.
#
# Ports (beside the other integration tests and ./run): WildFly offset 300 (http 8380,
# https 8743, management 10290), PostgreSQL 55532, SMTP 3325, GreenMail API 8325; beside another
# run, INSTALL_TEST_PORT_OFFSET, INSTALL_TEST_POSTGRESQL_PORT, INSTALL_TEST_SMTP_PORT and
# INSTALL_TEST_MAIL_API_PORT move them.
# Everything it starts is stopped at the end, also on failure.
set -euo pipefail
. "$(dirname "$0")/../../../../scripts/await-deployment.sh"

BUNDLE_ZIP=$1
DIST_ZIP=$2
GREENMAIL_JAR=$3
POSTGRESQL_SH=$4
WORK=$5
WINE_ENV_SH=$6
PIPE_TOOL=$7

OFFSET=${INSTALL_TEST_PORT_OFFSET:-300}
HTTP=$((8080 + OFFSET))
HTTPS=$((8443 + OFFSET))
MANAGEMENT=$((9990 + OFFSET))
PG_PORT=${INSTALL_TEST_POSTGRESQL_PORT:-55532}
SMTP_PORT=${INSTALL_TEST_SMTP_PORT:-3325}
MAIL_API=${INSTALL_TEST_MAIL_API_PORT:-8325}
BASE="https://localhost:$HTTPS"

# Secrets with characters that need care on their way through the shell, the CLI and XML.
DB_PASSWORD='Db "pa$$ \w0rd-7781'
SMTP_PASSWORD='Smtp-Secret-4711'
KEYSTORE_PASSWORD='Keystore-Secret-0815' # an operator's keystore, for the refusal of a wrong password
ADMIN_PASSWORD='Admin-Pa55word-1'
COMPANY='Install Test Ltd'

started=$(date +%s)
failures=0
pass() { echo "PASS $*"; }
fail() { echo "FAIL $*"; failures=$((failures + 1)); }
check() { # description command...
  local what=$1
  shift
  if "$@"; then pass "$what"; else fail "$what"; fi
}

for port in $HTTP $HTTPS $MANAGEMENT $PG_PORT $SMTP_PORT $MAIL_API; do
  if (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; then
    echo "install-test: port $port is in use; stop what runs there" >&2
    exit 1
  fi
done

rm -rf "$WORK"
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)
greenmail_pid=""
cleanup() {
  if [ -f "$WORK/wildfly.pid" ]; then
    local pid
    pid=$(cat "$WORK/wildfly.pid")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  [ -z "$greenmail_pid" ] || kill "$greenmail_pid" 2>/dev/null || true
  [ -z "${WINEPREFIX:-}" ] || wine_env_discard
  sh "$POSTGRESQL_SH" stop "$WORK/postgresql" 2>/dev/null || true
}
trap cleanup EXIT

echo "== unpacking the release bundle and a fresh WildFly"
unzip -q "$BUNDLE_ZIP" -d "$WORK/bundle"
BUNDLE=$(ls -d "$WORK"/bundle/*/)
unzip -q "$DIST_ZIP" -d "$WORK"
WILDFLY=$(ls -d "$WORK"/wildfly-*/)
WILDFLY=${WILDFLY%/}
XML="$WILDFLY/standalone/configuration/standalone.xml"
cp -p "$XML" "$WORK/standalone.xml.pristine"
for piece in install.sh adhoc-defaults.properties adhoc-install.properties.example INSTALL.md adhoc-support.ear \
    AdHocSupport.msi AdHocSupport-languages.zip cli/configure.cli cli/production.cli cli/setting.cli; do
  check "the bundle holds $piece" test -s "$BUNDLE/$piece"
done
check "the bundle holds the PostgreSQL driver" test -n "$(compgen -G "$BUNDLE/postgresql-*.jar")"

cat > "$WORK/adhoc-install.properties" <<PROPERTIES
# as an operator fills it in (defaults left out)
public.url=$BASE
db.host=127.0.0.1
db.port=$PG_PORT
db.name=adhoc
db.user=adhoc
db.password=$DB_PASSWORD
smtp.host=127.0.0.1
smtp.port=$SMTP_PORT
smtp.tls=false
smtp.user=adhoc-relay
smtp.password=$SMTP_PASSWORD
mail.from=AdHoc Support <support@install-test.example>
proxy.addresses=127.0.0.2
limit.per-company=7
throttle.deployment-link=25/PT10M
resend.per-technician=12
PROPERTIES

echo "== validation: a missing or invalid key stops install.sh before any change"
refused() { # expected-key-in-message sed-expression
  grep -v "^$1=" "$WORK/adhoc-install.properties" | sed "$2" > "$WORK/broken.properties"
  if "$BUNDLE/install.sh" "$WILDFLY" "$WORK/broken.properties" > "$WORK/refused.out" 2>&1; then
    return 1
  fi
  grep -q "key '$1'" "$WORK/refused.out" && cmp -s "$XML" "$WORK/standalone.xml.pristine" \
    && [ ! -e "$WILDFLY/modules/org/postgresql" ] && [ ! -e "$WILDFLY/standalone/deployments/adhoc-support.ear" ]
}
check "a missing db.host is refused, naming it, nothing changed" refused db.host ''
check "a non-numeric smtp.port is refused, naming it" refused smtp.port '$a smtp.port=twenty-five'
check "a plain-http public.url is refused, naming it" refused public.url '$a public.url=http://localhost:8380'
check "a missing keystore file is refused, naming tls.keystore" refused tls.keystore "\$a tls.keystore=$WORK/nowhere.p12"
check "an unknown key is refused, naming it" refused db.hots '$a db.hots=127.0.0.1'
check "a file that is not a certificate as tls.agent-ca is refused, naming it" refused tls.agent-ca \
  "\$a tls.agent-ca=$WORK/adhoc-install.properties"
check "a bad duration is refused, naming it" refused session.lifetime '$a session.lifetime=24h'
check "a bad throttle is refused, naming it" refused throttle.sign-in '$a throttle.sign-in=20 per 15 minutes'
check "a resend limit of zero is refused, naming it" refused resend.per-session '$a resend.per-session=0'
keytool -genkeypair -alias adhoc -keyalg RSA -keysize 2048 -dname CN=localhost -storetype PKCS12 \
  -keystore "$WORK/operator.p12" -storepass "$KEYSTORE_PASSWORD" > /dev/null 2>&1
check "a keystore password that does not open the keystore is refused, naming it" refused tls.keystore.password \
  "\$a tls.keystore=$WORK/operator.p12\ntls.keystore.password=not-$KEYSTORE_PASSWORD"

echo "== PostgreSQL 15 and the SMTP relay"
sh "$POSTGRESQL_SH" start "$WORK/postgresql" "$PG_PORT" "$DB_PASSWORD"
java -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port=$SMTP_PORT \
     -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port=$MAIL_API \
     -Dgreenmail.hostname=127.0.0.1 -Dgreenmail.auth.disabled \
     -jar "$GREENMAIL_JAR" > "$WORK/greenmail.log" 2>&1 &
greenmail_pid=$!

echo "== install.sh, first run"
"$BUNDLE/install.sh" "$WILDFLY" "$WORK/adhoc-install.properties" > "$WORK/install-1.out" 2>&1 \
  || { cat "$WORK/install-1.out"; fail "install.sh (first run)"; exit 1; }
cat "$WORK/install-1.out"
cp -p "$XML" "$WORK/standalone.xml.first"
check "standalone.xml was configured" grep -q 'jdbc:postgresql://127.0.0.1:'"$PG_PORT"'/adhoc' "$XML"
check "the secrets are referenced from the credential store" \
  grep -q '<credential-reference store="adhoc" alias="db-password"/>' "$XML"
has_setting() { grep -qF "<property name=\"adhoc.$1\" value=\"$2\"/>" "$XML"; } # key value
check "the settings given are set (limit, throttle, resend limit)" eval \
  'has_setting limit.per-company 7 && has_setting throttle.deployment-link 25/PT10M && has_setting resend.per-technician 12'
default_of() { sed -n "s/^$1 *= *\([^ |]*\) *|.*/\1/p" "$BUNDLE/adhoc-defaults.properties"; } # key
check "the settings left out take the defaults of adhoc-defaults.properties" eval \
  'has_setting session.lifetime "$(default_of session.lifetime)" && has_setting throttle.sign-in "$(default_of throttle.sign-in)" \
    && has_setting resend.per-session "$(default_of resend.per-session)"'

echo "== install.sh, second run with the same file: no change"
"$BUNDLE/install.sh" "$WILDFLY" "$WORK/adhoc-install.properties" > "$WORK/install-2.out" 2>&1 \
  || { cat "$WORK/install-2.out"; fail "install.sh (second run)"; exit 1; }
check "the second run leaves standalone.xml byte-identical" cmp "$XML" "$WORK/standalone.xml.first"
check "the second run says so" grep -q "already up to date" "$WORK/install-2.out"

echo "== install.sh, third run after the operator deleted the secrets from the file: no change"
grep -v '^db.password=\|^smtp.password=' "$WORK/adhoc-install.properties" > "$WORK/no-secrets.properties"
"$BUNDLE/install.sh" "$WILDFLY" "$WORK/no-secrets.properties" > "$WORK/install-3.out" 2>&1 \
  || { cat "$WORK/install-3.out"; fail "install.sh (third run, secrets from the store)"; exit 1; }
check "the run without secrets keeps the stored ones and changes nothing" cmp "$XML" "$WORK/standalone.xml.first"

echo "== WildFly with the EAR (offset $OFFSET)"
LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE="$WORK/wildfly.pid" JBOSS_HOME="$WILDFLY" \
  "$WILDFLY/bin/standalone.sh" -Djboss.socket.binding.port-offset=$OFFSET > "$WORK/wildfly-console.log" 2>&1 &
if ! await_deployment "$WILDFLY/standalone/deployments" 150; then
  fail "the EAR deploys"
  grep -E "ERROR|Caused by" "$WILDFLY/standalone/log/server.log" | head -20
  exit 1
fi
pass "the EAR deploys on PostgreSQL (migrations ran)"
echo "   (started in $(($(date +%s) - started)) s since the test began)"

echo "== HTTPS, redirect, headers, cookies"
# Trust the self-signed certificate install.sh made: fetch it and give it to curl as the CA.
openssl s_client -connect 127.0.0.1:$HTTPS -servername localhost < /dev/null 2>/dev/null \
  | openssl x509 > "$WORK/server.pem"
CURL=(curl -s --max-time 20 --cacert "$WORK/server.pem")
"${CURL[@]}" -D "$WORK/login.headers" -o "$WORK/login.html" "$BASE/login.xhtml" || true
check "the console answers over HTTPS with a verified certificate" grep -q "^HTTP/[0-9.]* 200" "$WORK/login.headers"
check "HSTS is sent" grep -qi "^strict-transport-security: max-age=31536000" "$WORK/login.headers"
cookie=$(grep -i "^set-cookie: JSESSIONID" "$WORK/login.headers" || true)
check "the session cookie is Secure" grep -qi "; *Secure" <<< "$cookie"
check "the session cookie is HttpOnly" grep -q "; *HttpOnly" <<< "$cookie"
check "the session cookie is SameSite=Strict" grep -q "; *SameSite=Strict" <<< "$cookie"

curl -s --max-time 20 -D "$WORK/http.headers" -o /dev/null "http://127.0.0.1:$HTTP/app/adhoc.xhtml?x=1" || true
check "HTTP redirects to HTTPS (path and query kept)" \
  grep -qi "^location: $BASE/app/adhoc.xhtml?x=1" "$WORK/http.headers"
curl -s --max-time 20 -D "$WORK/forged.headers" -o /dev/null -H "X-Forwarded-Proto: https" \
  "http://127.0.0.1:$HTTP/login.xhtml" || true
check "X-Forwarded-Proto from an untrusted address is ignored (still redirected)" \
  grep -qi "^location: $BASE/login.xhtml" "$WORK/forged.headers"
curl -s --max-time 20 --interface 127.0.0.2 -D "$WORK/proxied.headers" -o /dev/null -H "X-Forwarded-Proto: https" \
  "http://127.0.0.1:$HTTP/login.xhtml" || true
check "X-Forwarded-Proto from the configured proxy is honoured (no redirect)" \
  grep -q "^HTTP/[0-9.]* 200" "$WORK/proxied.headers"

echo "== first-run setup, login, an ad hoc session and its invitation mail"
JAR="$WORK/cookies.txt"
view_state() { grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' "$1" | head -1 | sed 's/.*value="//; s/"$//'; }
form_action() { grep -o "<form id=\"$2\"[^>]*action=\"[^\"]*\"" "$1" | head -1 | sed 's/.*action="//; s/"$//; s/&amp;/\&/g'; }
# post PAGE_FILE FORM_ID OUTPUT_FILE field=value...
post() {
  local page=$1 form=$2 out=$3
  shift 3
  local action args=()
  action=$(form_action "$page" "$form")
  args+=(--data-urlencode "$form=$form" --data-urlencode "jakarta.faces.ViewState=$(view_state "$page")")
  for field in "$@"; do args+=(--data-urlencode "$form:$field"); done
  "${CURL[@]}" -L -b "$JAR" -c "$JAR" -o "$out" "${args[@]}" "https://localhost:$HTTPS$action"
}
SETUP_TOKEN_FILE="$WILDFLY/standalone/data/adhoc-setup.token"
check "the setup token is in standalone/data, readable only by WildFly's user" \
  sh -c "[ \"\$(stat -c %a '$SETUP_TOKEN_FILE')\" = 600 ]"
check "the log says where the setup token is" grep -qF "setup token written to $SETUP_TOKEN_FILE" "$WILDFLY/standalone/log/server.log"
SETUP_TOKEN=$(cat "$SETUP_TOKEN_FILE")
check "the log never shows the setup token" sh -c "! grep -qF -- '$SETUP_TOKEN' '$WILDFLY'/standalone/log/*"
"${CURL[@]}" -b "$JAR" -c "$JAR" -o "$WORK/setup.html" "$BASE/setup"
post "$WORK/setup.html" setup-form "$WORK/setup-refused.html" "token=not-the-token" "company=$COMPANY" "name=Olga Operator" \
  "email=admin@install-test.example" "password=$ADMIN_PASSWORD" "confirmation=$ADMIN_PASSWORD" "create=Create"
check "setup without the right token is refused" grep -q "The setup token is wrong" "$WORK/setup-refused.html"
"${CURL[@]}" -b "$JAR" -c "$JAR" -o "$WORK/setup.html" "$BASE/setup"
post "$WORK/setup.html" setup-form "$WORK/setup-done.html" "token=$SETUP_TOKEN" "company=$COMPANY" "name=Olga Operator" \
  "email=admin@install-test.example" "password=$ADMIN_PASSWORD" "confirmation=$ADMIN_PASSWORD" "create=Create"
check "first-run setup completes with the setup token" grep -q "Setup is complete" "$WORK/setup-done.html"
check "setup deletes the setup token" test ! -e "$SETUP_TOKEN_FILE"

rm -f "$JAR"
"${CURL[@]}" -b "$JAR" -c "$JAR" -o "$WORK/login-form.html" "$BASE/login.xhtml"
post "$WORK/login-form.html" login-form "$WORK/signed-in.html" "email=admin@install-test.example" \
  "password=$ADMIN_PASSWORD" "sign-in=Sign in"
check "the administrator signs in" grep -q "$COMPANY" "$WORK/signed-in.html"

END_USER="end.user-$RANDOM@customer.example"
"${CURL[@]}" -b "$JAR" -c "$JAR" -o "$WORK/adhoc.html" "$BASE/app/adhoc.xhtml"
post "$WORK/adhoc.html" adhoc-form "$WORK/adhoc-started.html" "email=$END_USER" \
  "password=Access-Pa55word" "confirmation=Access-Pa55word" "start=Start"
check "the ad hoc session is created (security code shown)" grep -q 'id="security-code"' "$WORK/adhoc-started.html"
mail_arrived() {
  local i
  for i in $(seq 1 30); do
    curl -s --max-time 5 "http://127.0.0.1:$MAIL_API/api/user/$END_USER/messages/INBOX" > "$WORK/mail.json" || true
    grep -q "$BASE/d/" "$WORK/mail.json" && return 0
    sleep 1
  done
  return 1
}
check "the invitation mail arrives through the configured SMTP relay, with a link to the public URL" mail_arrived

echo "== the support app under Wine, over wss"
TOKEN=$(grep -o "$BASE/d/[A-Za-z0-9_-]\{43\}" "$WORK/mail.json" | head -1 | sed 's|.*/d/||')
CODE=$(grep -o 'id="security-code">[^<]*' "$WORK/adhoc-started.html" | tr -dc '0-9')
mkdir -p "$WORK/downloads"
MSI="$WORK/downloads/AdHocSupport_$TOKEN.msi"
"${CURL[@]}" -A "Mozilla/5.0 (Windows NT 10.0; Win64; x64)" -o "$MSI" "$BASE/d/$TOKEN/AdHocSupport_$TOKEN.msi"
msi_property() { msiinfo export "$MSI" Property | tr -d '\r' | awk -F'\t' -v p="$1" '$1 == p { print $2 }' | sed 's/ *$//'; }
pem_body() { sed '/-----/d' "$1" | tr -d '\n'; }
check "the downloaded MSI names this server (SERVERURL $BASE)" [ "$(msi_property SERVERURL)" = "$BASE" ]
check "the downloaded MSI carries the trial's certificate for the agent (SERVERCA)" \
  [ "$(msi_property SERVERCA)" = "$(pem_body "$WORK/server.pem")" ]

. "$WINE_ENV_SH"
wine_env_init "$WORK/wine"
wine_xvfb_start
wine_prefix_create
WINE_WAIT_SECONDS=60
AGENT_KEY='HKLM\SOFTWARE\AdHocSupport'
agent_log() { cat "$WINEPREFIX/drive_c/ProgramData/AdHocSupport/logs/agent.log" 2>/dev/null; }
agent_logged() { agent_log | grep -q -F -- "$1"; }
agent_status_has() { wine_agent_status "$PIPE_TOOL" | grep -q -F -- "$1"; }
set_agent_ca() { "$WINE" reg add "$AGENT_KEY" /v ServerCa /t REG_SZ /d "$1" /f > /dev/null 2>&1; }
# A CA of someone else's: the agent must not accept this server's certificate with it.
keytool -genkeypair -alias other -keyalg RSA -keysize 2048 -validity 30 -dname "CN=Other CA" -storetype PKCS12 \
  -keystore "$WORK/other-ca.p12" -storepass other-ca-pass > /dev/null 2>&1
keytool -exportcert -rfc -alias other -keystore "$WORK/other-ca.p12" -storepass other-ca-pass -file "$WORK/other-ca.pem" > /dev/null 2>&1
rc=$(wine_msi_install "$MSI" "$WORK/wine-install.log" SERVERCA="$(pem_body "$WORK/other-ca.pem")")
check "msiexec /i of the downloaded MSI (with another CA as SERVERCA) succeeds (got $rc)" [ "$rc" = 0 ]
check "the agent waits for the security code" wine_wait_for agent_status_has '"state":"WAITING_FOR_CODE"'
wine_agent_activate "$PIPE_TOOL" "$CODE" > /dev/null
check "with another CA the agent refuses the server's certificate" \
  wine_wait_for agent_logged "the server's certificate is not issued by the CA given as SERVERCA"
set_agent_ca ""
check "with no CA (Windows' trusted roots) the agent refuses the self-signed certificate" \
  wine_wait_for agent_logged "the server's certificate is not trusted by this PC"
check "the app tells the end user the server cannot be verified" agent_status_has '"localMessage":"SERVER_NOT_TRUSTED"'
check "no connection was made while the server could not be verified" eval '! agent_logged "connected to wss"'
check "so the session is not active yet" eval '! agent_status_has "\"state\":\"ACTIVE\""'
set_agent_ca "$(pem_body "$WORK/server.pem")"
check "with the trial's certificate the agent connects over wss" wine_wait_for agent_logged "connected to wss://localhost:$HTTPS/ws/agent"
check "and the session becomes active with the code" wine_wait_for agent_status_has '"state":"ACTIVE"'
agent_log > "$WORK/agent.log"

echo "== health and logs"
ready() { curl -s --max-time 30 "http://127.0.0.1:$MANAGEMENT/health/ready" > "$WORK/ready.json" || true; }
# check_status NAME STATUS: the named check of the last /health/ready answer has that status.
check_status() { grep -q "{\"name\":\"$1\",\"status\":\"$2\"" "$WORK/ready.json"; }
ready
check "/health/ready is UP" grep -q '^{"status":"UP"' "$WORK/ready.json"
check "/health/ready: the EAR is deployed" grep -q '"adhoc-support.ear":"OK"' "$WORK/ready.json"
check "/health/ready: the database answers (adhoc-database UP)" check_status adhoc-database UP
check "/health/ready: the mail relay answers (adhoc-mail UP)" check_status adhoc-mail UP
curl -s --max-time 20 -o "$WORK/live.json" "http://127.0.0.1:$MANAGEMENT/health/live" || true
check "/health/live is UP" grep -q '^{"status":"UP"' "$WORK/live.json"
check "the JSON log has one object a line" sh -c "head -1 '$WILDFLY/standalone/log/server.json' | grep -q '^{\"timestamp\"'"

echo "== readiness when the mail relay, then the database, is gone"
kill "$greenmail_pid" 2>/dev/null || true
wait "$greenmail_pid" 2>/dev/null || true
greenmail_pid=""
ready
check "without the mail relay /health/ready is DOWN" grep -q '^{"status":"DOWN"' "$WORK/ready.json"
check "and names it (adhoc-mail DOWN, the database still UP)" \
  sh -c "grep -q '{\"name\":\"adhoc-mail\",\"status\":\"DOWN\"' '$WORK/ready.json' && grep -q '{\"name\":\"adhoc-database\",\"status\":\"UP\"' '$WORK/ready.json'"
sh "$POSTGRESQL_SH" stop "$WORK/postgresql" > /dev/null 2>&1 || true
ready
check "without the database adhoc-database is DOWN" check_status adhoc-database DOWN
curl -s --max-time 20 -o "$WORK/live.json" "http://127.0.0.1:$MANAGEMENT/health/live" || true
check "the server is still alive (/health/live UP)" grep -q '^{"status":"UP"' "$WORK/live.json"

no_secret_in() { # file...
  local secret file
  for file in "$@"; do
    for secret in "$DB_PASSWORD" "$SMTP_PASSWORD" "$KEYSTORE_PASSWORD"; do
      if grep -qF -- "$secret" "$file"; then echo "   a secret appears in $file"; return 1; fi
    done
  done
}
check "no secret in standalone.xml" no_secret_in "$XML"
check "no secret in the server logs" no_secret_in "$WILDFLY"/standalone/log/*
check "no secret in install.sh's output" no_secret_in "$WORK"/install-*.out
check "no secret in the console log" no_secret_in "$WORK/wildfly-console.log"
check "the credential store is readable by its owner only" \
  sh -c "[ \"\$(stat -c %a '$WILDFLY/standalone/configuration/adhoc-credentials.cs')\" = 600 ]"

echo
echo "install test: $failures failure(s), $(($(date +%s) - started)) s"
[ "$failures" -eq 0 ]
