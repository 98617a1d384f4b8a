#!/usr/bin/env bash
# Runs the README's "More than one machine" block exactly as written (it is
# read from README.md), as root on Debian 12, and checks the result: the
# seeds stored by the workers, stories rebuilt, both /healthz endpoints up.
# Everything it started is stopped at exit. Usage: scripts/scaleout-debian.sh
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$(id -u)" != 0 ]; then echo "scaleout-debian: run as root: the README's block is written for root" >&2; exit 2; fi

block=$(awk '/<!-- scaleout-debian:/ {f = 1; next} f && /^```sh/ {g = 1; next} g && /^```/ {exit} g' README.md)
if [ -z "$block" ]; then echo "scaleout-debian: no block found in README.md" >&2; exit 1; fi

# A machine that ran this before holds the role and database: start fresh,
# as on a new machine (this preamble is the script's, not the README's).
if command -v pg_ctlcluster >/dev/null; then
  pg_ctlcluster 15 main start 2>/dev/null || true
  runuser -u postgres -- psql -qc "DROP DATABASE IF EXISTS kroniek" 2>/dev/null || true
  runuser -u postgres -- psql -qc "DROP ROLE IF EXISTS kroniek" 2>/dev/null || true
fi
if ! systemctl is-system-running >/dev/null 2>&1; then pkill -u nats -x nats-server 2>/dev/null || true; sleep 0.5; fi
rm -rf /var/lib/nats/jetstream

cleanup() {
  jobs -p | xargs -r kill 2>/dev/null || true
  wait 2>/dev/null || true
  # Without systemd the block started the servers by hand: stop them again.
  if ! systemctl is-system-running >/dev/null 2>&1; then
    pkill -u nats -x nats-server 2>/dev/null || true
    pg_ctlcluster 15 main stop 2>/dev/null || true
  fi
}
trap cleanup EXIT

echo "== the README's block"
set -x
eval "$block"
set +x

echo "== waiting for the workers"
ok=""
for _ in $(seq 1 120); do
  st=$(kroniek status --nats nats://127.0.0.1:4222 --pg "$PG" --json 2>/dev/null || true)
  if python3 - "$st" <<'PY'
import json, sys
s = json.loads(sys.argv[1] or "{}")
q, st = s.get("queue") or {}, s.get("store") or {}
done = st.get("articles") == 5 and st.get("stories", 0) >= 1 and (st.get("derived") or {}).get("current") \
    and q.get("queued") == 0 and q.get("in_flight") == 0 and len(q.get("workers", [])) == 2
sys.exit(0 if done else 1)
PY
  then ok=1; break; fi
  sleep 1
done
kroniek status --nats nats://127.0.0.1:4222 --pg "$PG"
if [ -z "$ok" ]; then
  echo "scaleout-debian: FAIL: the workers did not store and rebuild the seeds" >&2
  tail -20 /var/log/kroniek-worker1.log /var/log/kroniek-worker2.log >&2 || true
  exit 1
fi
for _ in $(seq 1 50); do curl -fsS http://127.0.0.1:8080/healthz >/dev/null 2>&1 && break; sleep 0.2; done
curl -fsS http://127.0.0.1:8080/healthz
curl -fsS http://127.0.0.1:9101/healthz
stories=$(curl -fsS 'http://127.0.0.1:8080/api/stories')
grep -q Loekasjenko <<<"$stories"
echo "scaleout-debian: OK: the README's scale-out block works as written"
