#!/usr/bin/env bash
# stages.sh BIN PROF: CPU seconds of samples by stage in a CPU profile of a
# whole `kroniek analyze` (KRONIEK_CPUPROFILE=PROF kroniek analyze …). Each row
# is the largest cumulative figure of `go tool pprof -top -cum -focus=STAGE`;
# the extractors' rows ignore the parses they ask for (the "parse" row).
B=$1; P=$2
tot=$(go tool pprof -top $B $P 2>/dev/null | grep -o "Total samples = [0-9.]*s" | grep -o "[0-9.]*")
echo "total $tot"
st() { # name focus [ignore]
  local ig=${3:-XXXX}
  v=$(go tool pprof -top -cum -focus="$2" -ignore="$ig" $B $P 2>/dev/null | awk 'NR>6 && $4 ~ /s$/ {v=$4; sub(/s$/,"",v); if (v ~ /m$/) {sub(/m$/,"",v); v=v/1000}; if (v+0>m) m=v+0} END{print m+0}')
  printf "%-28s %6.2f\n" "$1" "$v"
}
PS='nl.\(\*Syntax\).parseSentence'
st "load models" 'ner.Load|kb.Load|nl.LoadSyntax|lang.Check'
st "clean" 'clean.Clean$'
st "language" 'lang.Detect$'
st "tokens+sentences" 'nl.Parse$'
st "tagging+lemmas (nl)" 'nl.\(\*Syntax\).Annotate$'
st "parse (on demand)" "$PS"
st "ner" 'ner.\(\*Tagger\).Tag$'
st "entities (local, title)" 'resolve.Local$|resolve.Title$' "$PS"
st "times" 'timex.Extract$|timex.InferPublished$|timex.FillYears$' "$PS"
st "amounts" 'amount.Extract$' "$PS"
st "quotes" 'quote.Extract$|quote.Title$' "$PS"
st "events" 'event.ExtractQuoted$' "$PS"
st "resolve (corpus)" 'resolve.Corpus$'
st "stories" 'story\.'
st "merge events" 'event.Merge$|event.MergeCopies$'
st "sqlite writes" 'sqlite.inTx$'
st "json encode (ahead)" 'sqlite.*ahead|sqlite.encode'
st "gc background" 'gcBgMarkWorker'
