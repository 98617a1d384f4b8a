#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster (as .ci/run does) for the tests that
# need one, then either runs the command given with KRONIEK_PG_DSN,
# KRONIEK_PG_BIN and KRONIEK_PG_DATA set and stops the cluster, or, with no
# command, prints those exports and keeps the cluster until Enter or Ctrl-C.
#
#   scripts/pgtest.sh go test ./postgres/ ./storetest/
#   scripts/pgtest.sh            # prints the exports; Enter stops the cluster
set -euo pipefail
PGBIN=${KRONIEK_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)}
if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/initdb" ]; then
  echo "pgtest: no PostgreSQL server binaries (apt-get install postgresql, or set KRONIEK_PG_BIN)" >&2
  exit 2
fi
PGDATA=$(mktemp -d /tmp/kroniek-pg.XXXXXX)
runpg() { if [ "$(id -u)" = 0 ]; then chown postgres "$PGDATA"; su postgres -c "$*"; else bash -c "$*"; fi; }
stop() { runpg "$PGBIN/pg_ctl -D $PGDATA stop -m fast" >/dev/null 2>&1 || true; rm -rf "$PGDATA"; }
trap stop EXIT
trap "exit 130" INT TERM
# A free port on loopback.
PGPORT=55432
while (exec 3<>"/dev/tcp/127.0.0.1/$PGPORT") 2>/dev/null; do PGPORT=$((PGPORT + 1)); done
runpg "$PGBIN/initdb -D $PGDATA -A trust -U postgres >/dev/null"
runpg "$PGBIN/pg_ctl -D $PGDATA -o '-p $PGPORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off' -l $PGDATA/log -w start >/dev/null"
runpg "$PGBIN/createdb -h 127.0.0.1 -p $PGPORT -U postgres kroniek_test"
export KRONIEK_PG_DSN="postgres://postgres@127.0.0.1:$PGPORT/kroniek_test?sslmode=disable"
export KRONIEK_PG_BIN="$PGBIN" KRONIEK_PG_DATA="$PGDATA"
if [ $# -gt 0 ]; then
  "$@"
  exit
fi
cat <<EOF
export KRONIEK_PG_DSN='$KRONIEK_PG_DSN'
export KRONIEK_PG_BIN='$KRONIEK_PG_BIN'
export KRONIEK_PG_DATA='$KRONIEK_PG_DATA'
EOF
echo "pgtest: cluster running on port $PGPORT; press Enter to stop it" >&2
read -r _ || true
