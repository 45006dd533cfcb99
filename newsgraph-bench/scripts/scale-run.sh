#!/usr/bin/env bash
# End to end at scale, on one machine: N articles as JSON Lines -> the Spark job -> N-Quads -> `load` -> `summarize`
# -> `serve`, one contract query over HTTP. Prints the time and peak memory (maximum resident set) of each step and the peak
# disk use of WORKDIR (sampled every 5 s; input, job output, Spark's scratch space and the dataset all live there).
#
#   newsgraph-bench/scripts/scale-run.sh N WORKDIR [CORES]        # e.g. 100000 /data/ng100k 2
#
# The N articles are the real articles of ../shared/corpus, every corpus in turn, replicated with new ids to reach
# N (as `bin/newsgraph bench` does). WORKDIR must not exist yet. The job runs in local mode (local[CORES]) with
# NEWSGRAPH_JAVA_OPTS (default -Xmx3g); the load and the server with -Xmx2g.
set -euo pipefail
if [ $# -lt 2 ]; then
  sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
fi
n="$1" work="$2" cores="${3:-2}"
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
if [ -e "$work" ]; then
  echo "scale-run: $work exists; give a new folder" >&2
  exit 2
fi
mkdir -p "$work/spark-tmp"
work="$(cd "$work" && pwd)"
report="$work/scale-report.txt"

# disk peak of WORKDIR
(
  peak=0
  while :; do
    size=$(du -sb "$work" 2>/dev/null | cut -f1 || echo 0)
    if [ "${size:-0}" -gt "$peak" ]; then
      peak=$size
      echo "$peak" > "$work/.disk-peak"
    fi
    sleep 5
  done
) &
sampler=$!
server=""
cleanup() {
  kill "$sampler" 2>/dev/null || true
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; fi
}
trap cleanup EXIT

step() {   # step NAME COMMAND... : runs COMMAND under /usr/bin/time, logs to WORKDIR/NAME.log
  local name="$1"
  shift
  echo "== $name: $*" | tee -a "$report"
  /usr/bin/time -f "$name: %e s wall, %U s user, %S s system, max RSS %M KB" -o "$work/$name.time" "$@" \
    > "$work/$name.log" 2>&1 || { echo "scale-run: $name failed, see $work/$name.log" >&2; tail -20 "$work/$name.log" >&2; exit 1; }
  tail -3 "$work/$name.log" | tee -a "$report"
  tee -a "$report" < "$work/$name.time"
}

{
  echo "scale-run $n articles, local[$cores], $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2 " GiB"}'), load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$report"

# build first (the launchers build on first use), so that no build is timed
"$home/bin/newsgraph" --version > /dev/null
"$home/bin/newsgraph" bench --help > /dev/null
"$home/bin/newsgraph-spark" --help > /dev/null

step corpus "$home/bin/newsgraph" bench --articles "$n" --mix even --write-corpus "$work/articles.jsonl"
NEWSGRAPH_JAVA_OPTS="${NEWSGRAPH_JAVA_OPTS:--Xmx3g} -Dspark.local.dir=$work/spark-tmp" \
  step job "$home/bin/newsgraph-spark" --master "local[$cores]" --input "$work/articles.jsonl" --output "$work/out"
echo "load average after the job: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$report"
step load "$home/bin/newsgraph" load --db "$work/db" "$work/out/nquads"
echo "load average after the load: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$report"
step summarize "$home/bin/newsgraph" summarize --db "$work/db"

# serve the dataset and ask it one contract query over HTTP
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
start=$(date +%s.%N)
# a whole contract query over 100,000 articles outlasts the default time limit and row cap of an interactive server
"$home/bin/newsgraph" serve --db "$work/db" --port "$port" --timeout 900 --max-rows 100000000 > "$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 600); do
  if curl -sf -o /dev/null "http://127.0.0.1:$port/newsgraph/sparql?query=ASK%7B%7D"; then break; fi
  sleep 0.5
done
up=$(date +%s.%N)
if ! curl -sf --data-urlencode "query@$home/queries/roles.rq" -H 'Accept: text/csv' \
  "http://127.0.0.1:$port/newsgraph/sparql" -o "$work/roles.csv"; then
  echo "scale-run: roles.rq over HTTP failed, see $work/serve.log" >&2
  exit 1
fi
rows=$(tail -n +2 "$work/roles.csv" | wc -l)
done_at=$(date +%s.%N)
kill "$server"
wait "$server" 2>/dev/null || true
server=""
kill "$sampler" 2>/dev/null || true
{
  printf 'serve: up in %.1f s; roles.rq over HTTP: %d rows in %.1f s\n' "$(echo "$up - $start" | bc)" "$rows" \
    "$(echo "$done_at - $up" | bc)"
  echo "sizes: input $(du -sh "$work/articles.jsonl" | cut -f1), N-Quads $(du -sh "$work/out/nquads" | cut -f1), Parquet $(du -sh "$work/out/parquet" | cut -f1), dataset $(du -sh "$work/db" | cut -f1)"
  echo "disk peak of $work: $(numfmt --to=iec "$(cat "$work/.disk-peak")")"
} | tee -a "$report"
echo "report: $report"
