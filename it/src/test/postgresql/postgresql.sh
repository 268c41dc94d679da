#!/bin/sh
# Starts or stops a throwaway PostgreSQL 15 for the integration tests (Debian's packages).
#   postgresql.sh start DIR PORT [PASSWORD]   initdb in DIR, listen on 127.0.0.1:PORT, database
#                                            "adhoc"; with PASSWORD, TCP logins need it (scram)
#   postgresql.sh stop DIR
# As root it runs the server as the "postgres" system user (PostgreSQL refuses root), with its
# files in a folder of its own under /tmp (DIR/cluster links to it): DIR may lie under a folder
# that user cannot enter, such as root's home.
set -eu
command=$1
dir=$2
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
if [ "$(id -u)" = 0 ]; then
    cluster="/tmp/adhoc-postgresql-$(printf '%s' "$dir" | md5sum | cut -c1-12)"
else
    cluster="$dir"
fi
as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "$command" in
start)
    port=$3
    if [ -f "$cluster/data/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" -D "$cluster/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir" "$cluster"
    mkdir -p "$dir" "$cluster"
    if [ "$cluster" != "$dir" ]; then
        chown postgres "$cluster"
        chmod 700 "$cluster"
        ln -s "$cluster" "$dir/cluster"
    fi
    if [ -n "${4:-}" ]; then
        printf '%s\n' "$4" > "$cluster/pwfile"
        if [ "$(id -u)" = 0 ]; then chown postgres "$cluster/pwfile"; fi
        as_owner "$bin/initdb" -D "$cluster/data" --auth-local=trust --auth-host=scram-sha-256 --pwfile="$cluster/pwfile" \
            -U adhoc -E UTF8 >"$dir/initdb.log" 2>&1
        rm -f "$cluster/pwfile"
        export PGPASSWORD="$4"
    else
        as_owner "$bin/initdb" -D "$cluster/data" -A trust -U adhoc -E UTF8 >"$dir/initdb.log" 2>&1
    fi
    as_owner "$bin/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w \
        -o "-p $port -k $cluster -c listen_addresses=127.0.0.1 -c max_connections=100" start >/dev/null
    as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U adhoc adhoc
    echo "PostgreSQL ready on 127.0.0.1:$port ($cluster)"
    ;;
stop)
    if [ -f "$cluster/data/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" -D "$cluster/data" -m fast stop >/dev/null
    fi
    ;;
*)
    echo "usage: postgresql.sh start DIR PORT [PASSWORD] | stop DIR" >&2
    exit 2
    ;;
esac
