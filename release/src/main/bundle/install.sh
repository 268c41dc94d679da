#!/usr/bin/env bash
# Installs (or upgrades) AdHoc Support on an existing WildFly 39 from a properties file:
#
#   ./install.sh <path-to-wildfly> <properties-file>
#
# 1. Reads and validates every key first; a missing or invalid key stops the script with a
#    message naming it, before anything is changed. The keys, their defaults and their kinds
#    come from adhoc-defaults.properties beside this script (the defaults the application has).
# 2. Copies the PostgreSQL driver module, makes a self-signed certificate for a trial when no
#    keystore is given, runs cli/configure.cli (what development shares) and cli/production.cli,
#    then cli/setting.cli once a product setting and the fragments chosen below, offline with
#    embed-server, and copies the EAR into standalone/deployments.
#    With cluster.node-name set it configures standalone-ha.xml instead, with cli/cluster.cli too
#    (INSTALL.md, "Cluster"); standalone.xml is then left as it is.
# Secrets (db.password, smtp.password, tls.keystore.password) come from the properties file
# or, when a key is absent there, from ADHOC_DB_PASSWORD, ADHOC_SMTP_PASSWORD,
# ADHOC_TLS_KEYSTORE_PASSWORD; they go into the credential store
# standalone/configuration/adhoc-credentials.cs, never into the configuration or the output.
# Running it twice with the same file changes nothing the second time. Stop WildFly first.
set -euo pipefail
umask 077

HERE="$(cd "$(dirname "$0")" && pwd)"

fail() {
  echo "install.sh: $*" >&2
  exit 1
}

[ $# -eq 2 ] || fail "usage: install.sh <path-to-wildfly> <properties-file>"
WILDFLY="$(cd "$1" 2>/dev/null && pwd)" || fail "no WildFly folder at '$1'"
PROPERTIES="$2"
[ -x "$WILDFLY/bin/jboss-cli.sh" ] || fail "'$WILDFLY' is not a WildFly installation (no bin/jboss-cli.sh)"
CONFIG_DIR="$WILDFLY/standalone/configuration"
STANDALONE_XML="$CONFIG_DIR/standalone.xml"
[ -f "$STANDALONE_XML" ] || fail "no $STANDALONE_XML"
[ -r "$PROPERTIES" ] || fail "cannot read the properties file '$PROPERTIES'"
# Files made here (credential store, keystore, module, EAR) must be WildFly's user's.
OWNER="$(stat -c %U "$STANDALONE_XML")"
[ "$OWNER" = "$(id -un)" ] || fail "run install.sh as the user WildFly runs as, who owns $STANDALONE_XML: sudo -u $OWNER $0 $*"
EAR="$HERE/adhoc-support.ear"
[ -f "$EAR" ] || fail "the bundle is incomplete: no $EAR"
DRIVER="$(ls "$HERE"/postgresql-*.jar 2>/dev/null | head -1)"
[ -n "$DRIVER" ] || fail "the bundle is incomplete: no postgresql-*.jar next to install.sh"

# --- 1. The keys and the operator's values -------------------------------------------------------
# One key=value a line; the value is everything after the first '=', trimmed, taken literally.
each_property() { # file handler: calls "handler key value line-number" for each key=value line
  local file=$1 handler=$2 line trimmed key value number=0
  while IFS= read -r line || [ -n "$line" ]; do
    number=$((number + 1))
    line="${line%$'\r'}"
    trimmed="${line#"${line%%[![:space:]]*}"}"
    case "$trimmed" in '' | '#'* | '!'*) continue ;; esac
    [[ "$trimmed" == *=* ]] || fail "$file line $number: expected key=value, got '$trimmed'"
    key="${trimmed%%=*}"
    key="${key%"${key##*[![:space:]]}"}"
    value="${trimmed#*=}"
    value="${value#"${value%%[![:space:]]*}"}"
    value="${value%"${value##*[![:space:]]}"}"
    "$handler" "$key" "$value" "$number"
  done < "$file"
}
trim() { local v="${1#"${1%%[![:space:]]*}"}"; printf '%s' "${v%"${v##*[![:space:]]}"}"; }

# Every key, its default and its kind come from adhoc-defaults.properties, the product's one
# source of defaults (the application reads the same file): "<key> = <default> | <kind>[, flags] | <meaning>".
KEYS=()
declare -A DEFAULT=() KIND=() VALUE=()
define_key() { # key "default | kind | meaning"
  local rest="${2#*|}"
  KEYS+=("$1")
  DEFAULT[$1]="$(trim "${2%%|*}")"
  KIND[$1]="$(trim "${rest%%|*}")"
}
DEFAULTS_FILE="$HERE/adhoc-defaults.properties"
[ -f "$DEFAULTS_FILE" ] || fail "the bundle is incomplete: no $DEFAULTS_FILE"
each_property "$DEFAULTS_FILE" define_key

given_key() { # key value line-number
  [ -n "${KIND[$1]+set}" ] || fail "$PROPERTIES line $3: unknown key '$1' (see adhoc-install.properties.example)"
  [ -z "${VALUE[$1]+set}" ] || fail "$PROPERTIES line $3: key '$1' is set twice"
  VALUE[$1]="$2"
}
each_property "$PROPERTIES" given_key

# The secrets may come from the environment instead (when the key is absent from the file).
[ -n "${VALUE[db.password]+set}" ] || [ -z "${ADHOC_DB_PASSWORD:-}" ] || VALUE[db.password]="$ADHOC_DB_PASSWORD"
[ -n "${VALUE[smtp.password]+set}" ] || [ -z "${ADHOC_SMTP_PASSWORD:-}" ] || VALUE[smtp.password]="$ADHOC_SMTP_PASSWORD"
[ -n "${VALUE[tls.keystore.password]+set}" ] || [ -z "${ADHOC_TLS_KEYSTORE_PASSWORD:-}" ] \
  || VALUE[tls.keystore.password]="$ADHOC_TLS_KEYSTORE_PASSWORD"

get() { # key: the operator's value, or the default when it is absent or empty
  local v="${VALUE[$1]:-}"
  if [ -z "$v" ]; then v="${DEFAULT[$1]}"; fi
  printf '%s' "$v"
}
kind() { printf '%s' "${KIND[$1]%%,*}"; }
flagged() { [[ ",${KIND[$1]// /}," == *",$2,"* ]]; } # key flag
invalid() { # key message
  fail "key '$1' in $PROPERTIES is invalid: $2"
}

# --- 2. Validate every value before changing anything ---------------------------------------
for key in "${!VALUE[@]}"; do
  case "${VALUE[$key]}" in *'${'*) invalid "$key" "it must not contain '\${' (WildFly would read it as an expression)" ;; esac
done

is_duration() { # an ISO-8601 duration java.time.Duration reads, such as PT24H or P30D, longer than zero
  [[ "$1" =~ ^P([0-9]+D)?(T([0-9]+H)?([0-9]+M)?([0-9]+S)?)?$ ]] && [[ ! "$1" =~ ^PT?$ ]] && [[ ! "$1" =~ T$ ]] \
    && [[ "$1" =~ [1-9] ]]
}
is_positive() { [[ "$1" =~ ^[0-9]{1,9}$ ]] && [ "$1" -ge 1 ]; }
is_ip_address() { [[ "$1" =~ ^[0-9]{1,3}(\.[0-9]{1,3}){3}$ || "$1" =~ ^[0-9a-fA-F]*:[0-9a-fA-F:]+$ ]]; }
validate() { # key value: by the key's kind
  local v=$2 proxy
  case "$(kind "$1")" in
    url) [[ "${v%/}" =~ ^https://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[A-Za-z0-9._~/-]*)?$ ]] \
           || invalid "$1" "'$v' is not an https:// URL such as https://support.example.com" ;;
    host) [[ "$v" =~ ^[A-Za-z0-9.:-]+$ ]] || invalid "$1" "'$v' is not a host name or address" ;;
    port) [[ "$v" =~ ^[0-9]{1,5}$ ]] && [ "$v" -ge 1 ] && [ "$v" -le 65535 ] || invalid "$1" "'$v' is not a port number (1-65535)" ;;
    name) [[ "$v" =~ ^[A-Za-z0-9_.-]+$ ]] || invalid "$1" "'$v' is not a name (letters, digits, '_', '.', '-')" ;;
    text | secret) ;;
    boolean) [[ "$v" =~ ^(true|false)$ ]] || invalid "$1" "'$v' is neither true nor false" ;;
    positive) is_positive "$v" || invalid "$1" "'$v' is not a whole number of at least 1" ;;
    duration) is_duration "$v" || invalid "$1" "'$v' is not an ISO-8601 duration longer than zero, such as PT24H, PT15M or P30D" ;;
    rate) is_positive "${v%%/*}" && [[ "$v" == */* ]] && is_duration "${v#*/}" \
            || invalid "$1" "'$v' is not <tries>/<ISO-8601 window> such as ${DEFAULT[$1]}" ;;
    mail) [[ "$v" =~ ^[^@[:space:]]+@[^@[:space:]]+$ || "$v" =~ ^[^\<\>]*\<[^@[:space:]\<\>]+@[^@[:space:]\<\>]+\>$ ]] \
            || invalid "$1" "'$v' is not an address such as support@example.com or AdHoc Support <support@example.com>" ;;
    file) [ -f "$v" ] && [ -r "$v" ] || invalid "$1" "there is no readable file '$v'" ;;
    certificate)
      [ -f "$v" ] && [ -r "$v" ] || invalid "$1" "there is no readable file '$v'"
      keytool -printcert -file "$v" > /dev/null 2>&1 || invalid "$1" "'$v' is not an X.509 certificate (PEM or DER)" ;;
    address) is_ip_address "$v" || invalid "$1" "'$v' is not an IP address such as 10.0.0.11" ;;
    addresses)
      IFS=',' read -r -a proxies <<< "$v"
      for proxy in "${proxies[@]}"; do
        proxy="$(echo "$proxy" | tr -d '[:space:]')"
        is_ip_address "$proxy" || invalid "$1" "'$proxy' is not an IP address (list the proxies' addresses, comma-separated)"
      done ;;
    *) fail "adhoc-defaults.properties: key '$1' has an unknown kind '${KIND[$1]}'" ;;
  esac
}
for key in "${KEYS[@]}"; do
  value="$(get "$key")"
  if [ -n "$value" ]; then
    validate "$key" "$value"
  elif flagged "$key" required; then
    fail "key '$key' is missing in $PROPERTIES (see adhoc-install.properties.example)"
  fi
done
[ "$(get db.pool.min)" -le "$(get db.pool.max)" ] || invalid db.pool.min "$(get db.pool.min) is more than db.pool.max ($(get db.pool.max))"
# The node name is also the transaction manager's node identifier, which holds at most 23 bytes.
[ "${#VALUE[cluster.node-name]}" -le 23 ] \
  || invalid cluster.node-name "'$(get cluster.node-name)' is longer than 23 characters (it is also the transaction manager's node identifier)"

# One node: standalone.xml. A node of a cluster: the HA profile, standalone-ha.xml.
NODE_NAME="$(get cluster.node-name)"
CONFIG=standalone.xml
[ -z "$NODE_NAME" ] || CONFIG=standalone-ha.xml
CONFIG_XML="$CONFIG_DIR/$CONFIG"
[ -f "$CONFIG_XML" ] || fail "no $CONFIG_XML"

absolute() { printf '%s' "$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"; }
PUBLIC_URL="$(get public.url)"
PUBLIC_URL="${PUBLIC_URL%/}"
PUBLIC_HOST="${PUBLIC_URL#https://}"
PUBLIC_HOST="${PUBLIC_HOST%%/*}"
PUBLIC_HOST="${PUBLIC_HOST%%:*}"
SMTP_USER="$(get smtp.user)"
TLS_KEYSTORE="$(get tls.keystore)"
[ -z "$TLS_KEYSTORE" ] || TLS_KEYSTORE="$(absolute "$TLS_KEYSTORE")"
AGENT_CA="$(get tls.agent-ca)"
[ -z "$AGENT_CA" ] || AGENT_CA="$(absolute "$AGENT_CA")"
PROXY_PATTERN=""
IFS=',' read -r -a proxies <<< "$(get proxy.addresses)"
for proxy in "${proxies[@]}"; do
  proxy="$(echo "$proxy" | tr -d '[:space:]')"
  PROXY_PATTERN="${PROXY_PATTERN:+$PROXY_PATTERN|}${proxy//./[.]}"
done

# Which secrets does the credential store hold already? (A read-only look; an upgrade or a
# second run needs no secret that is stored.)
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cli() {
  JBOSS_HOME="$WILDFLY" "$WILDFLY/bin/jboss-cli.sh" --resolve-parameter-values "$@"
}
cat > "$WORK/probe.cli" <<CLI
embed-server --server-config=$CONFIG --std-out=discard --admin-only=true
if (outcome == success) of /subsystem=elytron/credential-store=adhoc:read-resource
  /subsystem=elytron/credential-store=adhoc:read-aliases
end-if
stop-embedded-server
CLI
cli --file="$WORK/probe.cli" > "$WORK/probe.out" 2>&1 || { cat "$WORK/probe.out" >&2; fail "could not read $CONFIG_XML with jboss-cli (is this WildFly 39?)"; }
STORE_EXISTS=false
grep -q '"outcome" => "success"' "$WORK/probe.out" && STORE_EXISTS=true
stored() { grep -q "\"$1\"" "$WORK/probe.out"; }

secret_given() { [ -n "${VALUE[$1]:-}" ]; }
secret_given db.password || stored db-password \
  || fail "key 'db.password' is missing in $PROPERTIES (or set ADHOC_DB_PASSWORD): the credential store holds no database password yet"
if [ -n "$SMTP_USER" ]; then
  secret_given smtp.password || stored smtp-password \
    || fail "key 'smtp.password' is missing in $PROPERTIES (or set ADHOC_SMTP_PASSWORD): smtp.user is set and the credential store holds no SMTP password yet"
fi
SELF_SIGNED=false
if [ -n "$TLS_KEYSTORE" ]; then
  if secret_given tls.keystore.password; then
    ADHOC_CHECK_PASSWORD="${VALUE[tls.keystore.password]}" keytool -list -storetype PKCS12 -keystore "$TLS_KEYSTORE" \
      -storepass:env ADHOC_CHECK_PASSWORD > /dev/null 2>&1 \
      || invalid tls.keystore.password "it does not open the PKCS#12 keystore $TLS_KEYSTORE"
  else
    stored tls-keystore-password \
      || fail "key 'tls.keystore.password' is missing in $PROPERTIES (or set ADHOC_TLS_KEYSTORE_PASSWORD): tls.keystore is set"
  fi
else
  # A trial: a self-signed certificate for the public host, made once and kept.
  TLS_KEYSTORE="$CONFIG_DIR/adhoc-selfsigned.p12"
  if [ ! -f "$TLS_KEYSTORE" ] || ! stored tls-keystore-password; then
    SELF_SIGNED=true
  fi
fi

# --- 3. Apply -----------------------------------------------------------------------------------
echo "Configuring $WILDFLY for $PUBLIC_URL ..."
cp -p "$CONFIG_XML" "$WORK/config.before"
created=()
restore() {
  cp -p "$WORK/config.before" "$CONFIG_XML"
  for path in "${created[@]}"; do rm -rf "$path"; done
  echo "install.sh: the configuration failed; $CONFIG_XML is restored as it was." >&2
}

# The JDBC driver as a module (replaced when the bundle brings another version).
MODULE_DIR="$WILDFLY/modules/org/postgresql/main"
# (The format jboss-cli's "module add" writes, which sees the JDK's java.naming as the driver needs.)
MODULE_XML="<?xml version=\"1.0\" encoding=\"UTF-8\"?>
<module xmlns=\"urn:jboss:module:1.1\" name=\"org.postgresql\">
    <resources>
        <resource-root path=\"$(basename "$DRIVER")\"/>
    </resources>
    <dependencies>
        <module name=\"java.sql\"/>
        <module name=\"jakarta.transaction.api\"/>
    </dependencies>
</module>"
if [ ! -f "$MODULE_DIR/module.xml" ] || [ "$(cat "$MODULE_DIR/module.xml")" != "$MODULE_XML" ] \
    || ! cmp -s "$DRIVER" "$MODULE_DIR/$(basename "$DRIVER")"; then
  [ -d "$MODULE_DIR" ] || created+=("$WILDFLY/modules/org/postgresql")
  mkdir -p "$MODULE_DIR"
  (umask 022 && rm -f "$MODULE_DIR"/*.jar && cp "$DRIVER" "$MODULE_DIR/" && printf '%s\n' "$MODULE_XML" > "$MODULE_DIR/module.xml")
  echo "  PostgreSQL driver module: $(basename "$DRIVER")"
fi

if $SELF_SIGNED; then
  VALUE[tls.keystore.password]="$(head -c 24 /dev/urandom | base64 | tr -d '/+=')"
  rm -f "$TLS_KEYSTORE"
  created+=("$TLS_KEYSTORE")
  san="dns:$PUBLIC_HOST"
  [[ "$PUBLIC_HOST" =~ ^[0-9.]+$ ]] && san="ip:$PUBLIC_HOST"
  [ "$PUBLIC_HOST" = localhost ] || san="$san,dns:localhost"
  ADHOC_NEW_PASSWORD="${VALUE[tls.keystore.password]}" keytool -genkeypair -alias adhoc -keyalg RSA -keysize 3072 \
    -validity 825 -dname "CN=$PUBLIC_HOST" -ext "SAN=$san" -storetype PKCS12 -keystore "$TLS_KEYSTORE" \
    -storepass:env ADHOC_NEW_PASSWORD > /dev/null 2>&1 || { restore; fail "keytool could not create $TLS_KEYSTORE"; }
  # The agents trust exactly this certificate (stamped into each MSI the server hands out).
  ADHOC_NEW_PASSWORD="${VALUE[tls.keystore.password]}" keytool -exportcert -rfc -alias adhoc -keystore "$TLS_KEYSTORE" \
    -storetype PKCS12 -storepass:env ADHOC_NEW_PASSWORD -file "$CONFIG_DIR/adhoc-selfsigned.pem" > /dev/null 2>&1 \
    || { restore; fail "keytool could not export the certificate of $TLS_KEYSTORE"; }
  chmod 644 "$CONFIG_DIR/adhoc-selfsigned.pem"
  created+=("$CONFIG_DIR/adhoc-selfsigned.pem")
  echo "  self-signed certificate for $PUBLIC_HOST: $TLS_KEYSTORE (for a trial; set tls.keystore for production)"
fi
# A trial's agents trust its self-signed certificate; otherwise the operator's private CA, if any.
if [ -z "$AGENT_CA" ] && [ -z "$(get tls.keystore)" ]; then AGENT_CA="$CONFIG_DIR/adhoc-selfsigned.pem"; fi

STORE_MASK=""
if ! $STORE_EXISTS; then
  [ -f "$CONFIG_DIR/adhoc-credentials.cs" ] && mv "$CONFIG_DIR/adhoc-credentials.cs" "$CONFIG_DIR/adhoc-credentials.cs.old"
  created+=("$CONFIG_DIR/adhoc-credentials.cs")
  store_password="$(head -c 24 /dev/urandom | base64 | tr -d '/+=')"
  STORE_MASK="$("$WILDFLY/bin/elytron-tool.sh" mask --salt "$(head -c 4 /dev/urandom | od -An -tx1 | tr -d ' \n')" \
    --iteration 120 --secret "$store_password" 2>/dev/null | grep '^MASK-')" || { restore; fail "elytron-tool could not mask the store password"; }
fi

# Every value goes to the CLI as an environment variable, escaped for a quoted CLI value.
cli_escape() { # \ and " are escaped inside the CLI's quotes; $$ is the CLI's literal $
  local v="$1"
  v="${v//\\/\\\\}"
  v="${v//\"/\\\"}"
  v="${v//\$/\$\$}"
  printf '%s' "$v"
}
export_value() { # NAME value
  export "ADHOC_INSTALL_$1=$(cli_escape "$2")"
}
export_value STORE_MASK "$STORE_MASK"
export_value DB_URL "jdbc:postgresql://$(get db.host):$(get db.port)/$(get db.name)"
export_value DB_USER "$(get db.user)"
export_value DB_POOL_MIN "$(get db.pool.min)"
export_value DB_POOL_MAX "$(get db.pool.max)"
export_value DB_STATEMENT_CACHE "$(get db.statement-cache)"
export_value SMTP_HOST "$(get smtp.host)"
export_value SMTP_PORT "$(get smtp.port)"
export_value SMTP_TLS "$(get smtp.tls)"
export_value SMTP_USER "$SMTP_USER"
export_value MAIL_FROM "$(get mail.from)"
export_value PUBLIC_URL "$PUBLIC_URL"
export_value TLS_KEYSTORE "$TLS_KEYSTORE"
export_value AGENT_CA "$AGENT_CA"
export_value HSTS_MAX_AGE "$(get hsts.max-age)"
export_value REDIRECT_EXPRESSION "not regex(pattern='https', value='%{SCHEME}', full-match=true) -> redirect('$PUBLIC_URL%U%q')"
export_value PROXY_EXPRESSION "regex(pattern='^($PROXY_PATTERN)\$', value='%{REMOTE_IP}', full-match=true) -> proxy-peer-address"
export_value NODE_NAME "$NODE_NAME"
export_value BIND_ADDRESS "$(get cluster.bind-address)"

# The product's settings: cli/setting.cli once for each key marked "property", the system
# property adhoc.<key> with the operator's value or the default.
setting_lines() {
  local key name
  for key in "${KEYS[@]}"; do
    flagged "$key" property || continue
    name="SETTING_$(printf '%s' "$key" | tr 'a-z.-' 'A-Z__')"
    export_value "$name" "$(get "$key")"
    sed -e '/^#/d' -e "s/@KEY@/$key/g" -e "s/@NAME@/$name/g" "$HERE/cli/setting.cli"
  done
}
secret_line() { # key alias variable
  if secret_given "$1"; then
    export_value "$3" "${VALUE[$1]}"
    if stored "$2"; then
      echo "/subsystem=elytron/credential-store=adhoc:set-secret(alias=$2, secret-value=\"\${env.ADHOC_INSTALL_$3}\")"
    else
      echo "/subsystem=elytron/credential-store=adhoc:add-alias(alias=$2, secret-value=\"\${env.ADHOC_INSTALL_$3}\")"
    fi
  fi
}
{
  echo "embed-server --server-config=$CONFIG --std-out=discard --admin-only=true"
  cat "$HERE/cli/credential-store.cli"
  echo "# The secrets given this time: added to the credential store, or replacing the stored ones."
  secret_line db.password db-password DB_PASSWORD
  if [ -n "$SMTP_USER" ]; then secret_line smtp.password smtp-password SMTP_PASSWORD; fi
  secret_line tls.keystore.password tls-keystore-password TLS_KEYSTORE_PASSWORD
  cat "$HERE/cli/configure.cli" "$HERE/cli/production.cli"
  setting_lines
  if [ -n "$SMTP_USER" ]; then cat "$HERE/cli/smtp-auth.cli"; else cat "$HERE/cli/smtp-no-auth.cli"; fi
  if [ -n "$PROXY_PATTERN" ]; then cat "$HERE/cli/proxy.cli"; else cat "$HERE/cli/no-proxy.cli"; fi
  if [ -n "$NODE_NAME" ]; then cat "$HERE/cli/cluster.cli"; fi
  echo "stop-embedded-server"
} > "$WORK/install.cli"

if ! cli --file="$WORK/install.cli" > "$WORK/install.out" 2>&1; then
  grep -v '"outcome" => "success"' "$WORK/install.out" | grep -v '^[{}]$' | tail -20 >&2 || true
  restore
  exit 1
fi
chmod 600 "$CONFIG_DIR/adhoc-credentials.cs" "$TLS_KEYSTORE" 2>/dev/null || true
[ -f "$CONFIG_DIR/adhoc-credentials.cs.old" ] && rm -f "$CONFIG_DIR/adhoc-credentials.cs.old"
if cmp -s "$WORK/config.before" "$CONFIG_XML"; then
  echo "  $CONFIG: already up to date"
else
  echo "  $CONFIG: configured (the previous version is in standalone/configuration/${CONFIG%.xml}_xml_history)"
fi

# The application: WildFly's deployment scanner deploys it at start (and redeploys a new one).
DEPLOYED="$WILDFLY/standalone/deployments/adhoc-support.ear"
if cmp -s "$EAR" "$DEPLOYED"; then
  echo "  adhoc-support.ear: already deployed"
else
  (umask 022 && cp "$EAR" "$DEPLOYED.tmp" && mv -f "$DEPLOYED.tmp" "$DEPLOYED")
  echo "  adhoc-support.ear: copied to standalone/deployments (the database schema is migrated when it starts)"
fi

echo
if [ -n "$NODE_NAME" ]; then
  echo "Done: cluster node $NODE_NAME. Start it with $WILDFLY/bin/standalone.sh -c standalone-ha.xml"
  echo "(add -b 0.0.0.0 to listen beyond this host; it finds the other nodes through the database);"
else
  echo "Done. Start WildFly with $WILDFLY/bin/standalone.sh (add -b 0.0.0.0 to listen beyond this host);"
fi
echo "the console is at $PUBLIC_URL/ (first run: $PUBLIC_URL/setup)."
echo "At its first start WildFly writes the one-time setup token that $PUBLIC_URL/setup asks for to"
echo "$WILDFLY/standalone/data/adhoc-setup.token (readable only by WildFly's user; deleted after setup)."
if [ -n "$NODE_NAME" ]; then
  echo "Every node needs the same sealing key, standalone/data/adhoc-sealing.key: INSTALL.md, \"Cluster\"."
fi
if secret_given db.password || secret_given smtp.password || { secret_given tls.keystore.password && ! $SELF_SIGNED; }; then
  echo "The secrets are now in the credential store $CONFIG_DIR/adhoc-credentials.cs:"
  echo "you can delete db.password, smtp.password and tls.keystore.password from $PROPERTIES;"
  echo "later runs (upgrades) keep the stored ones when those keys are absent."
fi
