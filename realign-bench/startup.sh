#!/usr/bin/env bash
# Start-up time of `serve`, from launching the JVM to the readiness probe answering UP, for the
# embedded default (fresh H2 data directory, demo practice) as a newcomer starts it:
#
#   realign-bench/startup.sh [runs]        (default 3 runs of each way to start)
#
# Two ways side by side, alternating, so that the machine's load drifts over both alike:
#   jar        java -jar realign.jar serve                         (what ./realign serve does)
#   extracted  the jar extracted (java -Djarmode=tools extract): no nested-jar class loading
# Prints each run's seconds to ready and Spring's own "Started ... in" figure.
# (A class-data-sharing archive, -XX:ArchiveClassesAtExit, was tried on 2026-12-05: the JVM, OpenJDK
# 17.0.15, crashed with SIGSEGV in SystemDictionaryShared::adjust_lambda_proxy_class_dictionary while
# writing it, so it is not offered here.)
set -euo pipefail
runs="${1:-3}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/realign" --version >/dev/null
jar="$root/realign-app/target/realign.jar"
work="$(mktemp -d /tmp/realign-startup.XXXXXX)"
trap 'rm -rf "$work"' EXIT

free_port() {
	python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

java -Djarmode=tools -jar "$jar" extract --destination "$work/extracted" >/dev/null
extracted="$work/extracted/$(basename "$jar")"

measure() { # name command...
	local name="$1"
	shift
	local port data start pid ready
	port="$(free_port)"
	data="$work/data-$name-$RANDOM"
	start="$(date +%s.%N)"
	REALIGN_DATA_DIR="$data" SERVER_PORT="$port" "$@" >"$work/$name.log" 2>&1 &
	pid=$!
	for _ in $(seq 1 6000); do
		if curl -fsS "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then
			break
		fi
		sleep 0.05
	done
	ready="$(echo "$(date +%s.%N) - $start" | bc)"
	printf 'startup.sh: %-9s ready after %5.2f s (%s); load average %s\n' "$name" "$ready" \
		"$(grep -o 'Started RealignMain in [0-9.]* seconds' "$work/$name.log" | head -1)" "$(cut -d' ' -f1 /proc/loadavg)"
	kill -TERM "$pid"
	wait "$pid" 2>/dev/null || true
}

echo "startup.sh: $(date -u +%FT%TZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for _ in $(seq 1 "$runs"); do
	measure jar java -Xmx1g -jar "$jar" serve
	measure extracted java -Xmx1g -jar "$extracted" serve
done
