#!/usr/bin/env bash
# Times whole commands on the same input, interleaved, RUNS rounds: the bare OpenNLP models as a program of
# their own (`bench floor`: sentences, tokens, POS; and the models as newsgraph calls them), and `ingest` into a
# fresh dataset, by this checkout and, when given, by other newsgraph jars (an older build, to compare).
# Prints one line per run: what, seconds (wall, from the shell), CPU seconds (user + system, all threads),
# peak RSS, load average before the run. On a machine shared with other work the CPU seconds are the steadier
# figure; on a quiet one the wall seconds are what a user waits.
#
#   newsgraph-bench/scripts/ingest-vs-floor.sh INPUT.jsonl RUNS [OTHER_JAR...]
#
# Make the input with: bin/newsgraph bench --mix even --articles 2000 --write-corpus /tmp/mix2000.jsonl
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
input="$1"; runs="$2"; shift 2
others=("$@")
opts="${NEWSGRAPH_JAVA_OPTS:--Xmx2g}"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
# build first, so that no build is timed
"$home/bin/newsgraph" --version >/dev/null
"$home/bin/newsgraph" bench --help >/dev/null

timed() {  # timed LABEL COMMAND...
  local label="$1"; shift
  local load
  load="$(cut -d' ' -f1 /proc/loadavg)"
  /usr/bin/time -f "%e %U %S %M" -o "$scratch/time" "$@" >"$scratch/out" 2>"$scratch/err" || {
    echo "$label failed:"; cat "$scratch/err"; return 1; }
  read -r secs user sys rss <"$scratch/time"
  printf '%-36s %8.1f s wall %8.1f s cpu %6d MiB  load %s\n' "$label" "$secs" "$(echo "$user + $sys" | bc)" \
    $((rss / 1024)) "$load"
}

for ((r = 1; r <= runs; r++)); do
  echo "# round $r"
  NEWSGRAPH_JAVA_OPTS="$opts" timed "floor (sentences, tokens, POS)" "$home/bin/newsgraph" bench floor "$input"
  NEWSGRAPH_JAVA_OPTS="$opts" timed "floor (models as newsgraph calls)" "$home/bin/newsgraph" bench floor --models as_used "$input"
  rm -rf "$scratch/db"
  NEWSGRAPH_JAVA_OPTS="$opts" timed "ingest (this checkout)" "$home/bin/newsgraph" ingest --db "$scratch/db" "$input"
  grep -h "re-linked\|articles in" "$scratch/out" | sed 's/^/    /'
  for jar in "${others[@]}"; do
    rm -rf "$scratch/db"
    # shellcheck disable=SC2086
    timed "ingest ($(basename "$(dirname "$(dirname "$jar")")"))" java $opts -jar "$jar" ingest --db "$scratch/db" "$input"
    grep -h "re-linked\|articles in" "$scratch/out" | sed 's/^/    /'
  done
done
