#!/usr/bin/env bash
# Times `lodestar kpi` as a whole process on a bigger export built from a public one.
#
#   benchmarks/kpi-command.sh [SOURCE.json [PROJECT [COPIES [KPIS [RUNS]]]]]
#
# Defaults: ../shared/datasets/jira-public-2015/duraspace-2015-search.json, DURACLOUD, 40 copies (29,560 issues),
# cycle-time,throughput, 3 runs. Builds the jars when missing, writes the bigger export under
# ${TMPDIR:-/tmp} (BiggerExport: the project's issues copied under new keys), then runs
# `lodestar kpi KPIS --issues EXPORT --format json OPTIONS` RUNS times (OPTIONS: $LODESTAR_KPI_OPTIONS, else the
# default below) and prints, per run, the wall time and the peak resident memory of the process (GNU time), the KPI
# output going to /dev/null. The command runs on $JAVA_HOME's java when set (as `lodestar` does), else on the
# PATH's. Never part of the tests.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source_file="${1:-$root/../shared/datasets/jira-public-2015/duraspace-2015-search.json}"
project="${2:-DURACLOUD}"
copies="${3:-40}"
kpis="${4:-cycle-time,throughput}"
runs="${5:-3}"
out="${TMPDIR:-/tmp}/lodestar-$project-x$copies.json"
# DURACLOUD's workflow as stages, as jira-agile-metrics is configured with them (its cycle lists each stage's
# statuses): by status category alone the export's In Progress and In Review statuses have no category (they appear
# only in changelogs), and cycle time would measure no issue. Other sources: set LODESTAR_KPI_OPTIONS ("" for none).
default_options=()
if [[ "$project" == "DURACLOUD" ]]; then
  default_options=(--workflow "To Do=Open,Reopened,Received;In Progress=In Progress,In Review;Done=Resolved,Closed"
                   --commit-stage "In Progress" --done-stage Done)
fi
if [[ -n "${LODESTAR_KPI_OPTIONS+set}" ]]; then
  # shellcheck disable=SC2206
  options=(${LODESTAR_KPI_OPTIONS})
else
  options=("${default_options[@]}")
fi

[[ -f "$source_file" ]] || { echo "kpi-command.sh: no export at $source_file" >&2; exit 2; }
if [[ ! -f "$root/sandbox/target/lodestar.jar" || ! -f "$root/benchmarks/target/benchmarks.jar" ]]; then
  echo "kpi-command.sh: building the jars..." >&2
  # shellcheck disable=SC2086
  (cd "$root" && mvn -q ${LODESTAR_MVN_OPTS:-} -pl sandbox,benchmarks -am package -DskipTests 1>&2)
fi
java_bin="java"
[[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]] && java_bin="$JAVA_HOME/bin/java"
if [[ ! -f "$out" || "$source_file" -nt "$out" ]]; then
  "$java_bin" -cp "$root/sandbox/target/lodestar.jar:$root/benchmarks/target/benchmarks.jar" \
      io.lodestar.benchmarks.BiggerExport "$source_file" "$project" "$copies" "$out"
fi
echo "export: $out ($(du -m "$out" | cut -f1) MB); kpis: $kpis ${options[*]}; java: $("$java_bin" -version 2>&1 | head -n 1)" >&2
for run in $(seq 1 "$runs"); do
  if [[ -x /usr/bin/time ]]; then
    /usr/bin/time -f "run $run: %e s wall, %U s user, %M KB peak resident" \
        "$root/lodestar" kpi "$kpis" --issues "$out" --format json "${options[@]}" >/dev/null 2>"$out.err" || { cat "$out.err" >&2; exit 1; }
    tail -n 1 "$out.err"
  else
    start=$(date +%s.%N)
    "$root/lodestar" kpi "$kpis" --issues "$out" --format json "${options[@]}" >/dev/null 2>"$out.err" || { cat "$out.err" >&2; exit 1; }
    echo "run $run: $(echo "$(date +%s.%N) - $start" | bc) s wall (no GNU time: peak memory not measured)"
  fi
done
