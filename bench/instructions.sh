#!/bin/sh
# Instructions per pass of a decode workload (see bench/instructions.mjs), under callgrind:
# (count of W + P passes - count of W passes) / P. Fixed seeds and GC schedule make a count
# repeat to about 0.05%, where wall time on a shared machine varies by 25%.
#   bench/instructions.sh <workload> [W] [P] [decoders module]
set -eu
workload=$1
warm=${2:-3}
passes=${3:-4}
module=${4:-}
dir=$(dirname "$0")
out=$(mktemp -d)
count() {
  valgrind --tool=callgrind --callgrind-out-file="$out/cg.$1" \
    node --single-threaded --predictable-gc-schedule --hash-seed=1 --random-seed=1 \
    "$dir/instructions.mjs" "$workload" "$1" $module >/dev/null 2>"$out/log.$1"
  sed -n 's/^summary: //p' "$out/cg.$1"
}
a=$(count "$warm")
b=$(count $((warm + passes)))
rm -rf "$out"
echo "$workload ${module:-dist/decoders.js}: $(( (b - a) / passes )) instructions a pass ($warm + $passes passes)"
