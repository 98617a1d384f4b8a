#!/usr/bin/env bash
# Scale-out benchmark: the dpgmedia corpus through 1 and 2 workers on SQLite
# and PostgreSQL, and a single process beside them. Needs nats-server on the
# PATH and a PostgreSQL DSN in $PG whose public schema may be dropped.
set -euo pipefail
K=${K:-kroniek}
CORPUS=../shared/corpus/dpgmedia2019
IN="$CORPUS/dpgMedia2019-articles-byarticle-all.jsonl"
META="--meta $CORPUS/dpgMedia2019-labels-byarticle.jsonl --meta-map publisher=outlet"
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
now() { date +%s.%N; }
s=$(now); $K analyze -q --db "$T/single.db" $META "$IN" >/dev/null 2>&1; e=$(now)
printf "single process, SQLite:   %.2f s\n" "$(echo "$e - $s" | bc)"
for store in sqlite pg; do
  for w in 1 2; do
    rm -rf "$T/js"; nats-server -js -sd "$T/js" -a 127.0.0.1 -p 14399 >/dev/null 2>&1 & NS=$!; sleep 0.5
    if [ $store = sqlite ]; then DB="$T/w$w.db"; else DB="$PG"
      PGOPTIONS="-c client_min_messages=warning" psql "$PG" -qc "DROP SCHEMA public CASCADE; CREATE SCHEMA public;" >/dev/null 2>&1; fi
    $K submit --nats nats://127.0.0.1:14399 $META "$IN" 2>/dev/null
    s=$(now); pids=()
    for i in $(seq $w); do $K worker --nats nats://127.0.0.1:14399 --db "$DB" --batch 50 --exit-when-idle 1s 2>/dev/null & pids+=($!); done
    wait "${pids[@]}"; e=$(now)
    kill $NS; wait $NS 2>/dev/null || true
    printf "%d worker(s), %-6s   %.2f s  (1 s of idle detection subtracted)\n" "$w" "$store:" "$(echo "$e - $s - 1" | bc)"
  done
done
