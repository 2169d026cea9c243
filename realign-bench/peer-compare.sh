#!/usr/bin/env bash
# Side by side, in one run: `./realign landmarks` against Google's MediaPipe Pose web build
# (../shared/tools/peer-mediapipe-web, headless Chromium, wasm + XNNPACK on the CPU), full model, static
# images, on the 65 squat frames of the reference data (720x1280 JPEGs).
#
#   realign-bench/peer-compare.sh            # prints a Markdown table; logs and outputs in $OUT
#   REPEAT=2 realign-bench/peer-compare.sh   # a shorter check: 65 x 2 photos instead of 65 x 5
#
# Each tool runs as a user would run it, as a whole process, on 1 photo, on the 65 frames and on the
# 65 frames five times over (325 photos); the marginal time per photo is (t325 - t65) / 260, which
# leaves out the start-up (JVM and models; browser, page and wasm).
#
# A single photo's latency once started is what one user uploading one photo meets. Realign runs the
# same 65 and 65 x 5 photos with --one-at-a-time: strictly one photo in flight, each read from its file,
# decoded and given its landmarks before the next one's file is opened, with the whole machine (both
# cores) available to that one photo, as to one upload (its models then run XNNPACK on both cores); the
# marginal time per photo, (t325 - t65) / 260, is its latency from file bytes to landmarks, start-up
# left out, with its share of writing the output. The web build's single-photo latency is the median of
# its timed send() calls, one photo at a time too (its wasm is single-threaded by its own design), which
# leave out reading and decoding the file: Realign's figure measures more than the web build's, not
# less. The tools alternate, so that a change in the machine's load hits both. Nothing runs in parallel
# with anything else of this script.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${REALIGN_SHARED:-$root/../shared}"
frames="$shared/testdata/mediapipe-pose-ref/pose_squats_frames"
peer="$shared/tools/peer-mediapipe-web/run.sh"
out="${OUT:-/tmp/realign-peer-compare}"
mkdir -p "$out"
: > "$out/log"

mapfile -t f65 < <(ls "$frames"/frame_*.jpg | sort)
[ "${#f65[@]}" = 65 ] || { echo "expected 65 frames in $frames" >&2; exit 1; }
repeat="${REPEAT:-5}"
[ "$repeat" -ge 2 ] || { echo "REPEAT must be at least 2" >&2; exit 1; }
f325=()
for ((i = 0; i < repeat; i++)); do f325+=("${f65[@]}"); done
n=${#f325[@]}

"$root/realign" --version > /dev/null    # builds the jar once, outside the timings

children_cpu() {   # children_cpu FILE: CPU seconds (user + sys) of this shell's finished children, into FILE
	# (the builtin `times` has to run in this shell, not in a command substitution's subshell)
	times > "$out/times"
	sed -n 2p "$out/times" | awk '{ split($1, u, /[ms]/); split($2, s, /[ms]/); print u[1] * 60 + u[2] + s[1] * 60 + s[2] }' > "$1"
}

seconds() {   # seconds COMMAND...: wall time of the command in seconds, its output in the log; its CPU
	# time (user + sys, its child processes included) is kept in $out/cpu, one line per run, for cpu()
	local start end
	children_cpu "$out/cpu0"
	start=$(date +%s.%N)
	"$@" >> "$out/log" 2>&1 || { echo "failed: $*" >&2; tail -5 "$out/log" >&2; exit 1; }
	end=$(date +%s.%N)
	children_cpu "$out/cpu1"
	echo "$(cat "$out/cpu1") - $(cat "$out/cpu0")" | bc -l >> "$out/cpu"
	echo "$end - $start" | bc -l
}
cpu() { sed -n "${1}p" "$out/cpu"; }   # cpu N: CPU seconds of the Nth timed run
: > "$out/cpu"

realign() { "$root/realign" landmarks --json --model full "$@"; }
lone() { "$root/realign" landmarks --json --model full --one-at-a-time "$@"; }
web() { local name=$1; shift; "$peer" --model full --quiet --out "$out/web_$name.json" "$@"; }

r1=$(seconds realign "${f65[0]}");           w1=$(seconds web 1 "${f65[0]}")
r65=$(seconds realign "${f65[@]}");          w65=$(seconds web 65 "${f65[@]}")
r325=$(seconds realign "${f325[@]}");        w325=$(seconds web 325 "${f325[@]}")
s65=$(seconds lone "${f65[@]}");             s325=$(seconds lone "${f325[@]}")

median() { node -e "console.log(JSON.parse(require('fs').readFileSync('$1')).median_ms)"; }
wmedian=$(median "$out/web_325.json")

ms() { printf '%.1f' "$(echo "$1" | bc -l)"; }
rm_=$(echo "($r325 - $r65) * 1000 / ($n - 65)" | bc -l)
wm_=$(echo "($w325 - $w65) * 1000 / ($n - 65)" | bc -l)
sm_=$(echo "($s325 - $s65) * 1000 / ($n - 65)" | bc -l)
echo "| | ./realign landmarks (full) | web build (full) | ratio |"
echo "| --- | --- | --- | --- |"
echo "| whole process, 1 photo (s) | $(ms "$r1") | $(ms "$w1") | $(ms "$w1 / $r1") |"
echo "| whole process, 65 photos (s) | $(ms "$r65") | $(ms "$w65") | $(ms "$w65 / $r65") |"
echo "| whole process, $n photos (s) | $(ms "$r325") | $(ms "$w325") | $(ms "$w325 / $r325") |"
echo "| marginal time per photo, (t$n - t65) / $((n - 65)) (ms) | $(ms "$rm_") | $(ms "$wm_") | $(ms "$wm_ / $rm_") |"
echo "| throughput (photos/s) | $(ms "1000 / $rm_") | $(ms "1000 / $wm_") | $(ms "$wm_ / $rm_") |"
echo "| single photo once started (ms): realign --one-at-a-time, file to landmarks, marginal; web build, median send() | $(ms "$sm_") | $(ms "$wmedian") | $(ms "$wmedian / $sm_") |"
# Realign's CPU seconds per photo, marginal (runs 3 and 5: on 65 and on all photos, user + sys): what a
# photo costs whatever the machine's load. Not for the web build: its browser's renderer, where the wasm
# runs, is not a waited-for child of its process, so `times` would leave most of its CPU out.
rc_=$(echo "($(cpu 5) - $(cpu 3)) * 1000 / ($n - 65)" | bc -l)
echo "| CPU time per photo, marginal, user + sys (ms) | $(ms "$rc_") | not counted | |"
sc_=$(echo "($(cpu 8) - $(cpu 7)) * 1000 / ($n - 65)" | bc -l)   # runs 7 and 8: --one-at-a-time
echo "| CPU time per photo, one at a time, marginal, user + sys (ms) | $(ms "$sc_") | not counted | |"
echo
echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
