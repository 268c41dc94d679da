#!/bin/sh
# Starts or stops a throwaway PostgreSQL 15 for the integration tests (Debian's packages).
#   postgresql.sh start DIR PORT [PASSWORD]   initdb in DIR, listen on 127.0.0.1:PORT, database
#                                            "adhoc"; with PASSWORD, TCP logins need it (scram)
#   postgresql.sh stop DIR
# As root it runs the server as the "postgres" system user (PostgreSQL refuses root).
set -eu
command=$1
dir=$2
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "$command" in
start)
    port=$3
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; fi
    if [ -n "${4:-}" ]; then
        printf '%s\n' "$4" > "$dir/pwfile"
        if [ "$(id -u)" = 0 ]; then chown postgres "$dir/pwfile"; fi
        as_owner "$bin/initdb" -D "$dir/data" --auth-local=trust --auth-host=scram-sha-256 --pwfile="$dir/pwfile" \
            -U adhoc -E UTF8 >"$dir/initdb.log" 2>&1
        rm -f "$dir/pwfile"
        export PGPASSWORD="$4"
    else
        as_owner "$bin/initdb" -D "$dir/data" -A trust -U adhoc -E UTF8 >"$dir/initdb.log" 2>&1
    fi
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=100" start >/dev/null
    as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U adhoc adhoc
    echo "PostgreSQL ready on 127.0.0.1:$port ($dir)"
    ;;
stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null
    fi
    ;;
*)
    echo "usage: postgresql.sh start DIR PORT [PASSWORD] | stop DIR" >&2
    exit 2
    ;;
esac
