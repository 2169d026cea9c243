#!/usr/bin/env bash
# Start-up time of `serve`, from launching the JVM to the readiness probe answering UP, for the
# embedded default as a newcomer starts it (a fresh H2 data directory: every migration runs), and
# as a server restarts (the same data directory again: Flyway only validates). The restart is also
# what a second replica, or a server updated while the other serves, does: it joins a database that
# is already migrated.
#
#   realign-bench/startup.sh [runs]        (default 3 runs of each way to start)
#
# Two ways side by side, alternating, so that the machine's load drifts over both alike:
#   jar        java -jar realign.jar serve                         (what ./realign serve does)
#   extracted  the jar extracted (java -Djarmode=tools extract): no nested-jar class loading
#   cds        the extracted jar with a class-data-sharing archive of the classes a start loads
#   cds again  the same, restarted on the data directory the cds start just made
# Prints each run's seconds to ready, the JVM's CPU seconds until then, and Spring's own
# "Started ... in" figure.
# The archive is JDK 17's static one: a training start that stops after the context refresh
# (-Dspring.context.exit=onRefresh) lists the classes it loads, then -Xshare:dump writes them. The
# list's @lambda-proxy lines are left out: with them OpenJDK 17.0.15 crashes (SIGSEGV in
# SystemDictionaryShared::adjust_lambda_proxy_class_dictionary), as the dynamic archive
# (-XX:ArchiveClassesAtExit) does. Making the archive takes a minute or two; it is 90-100 MB.
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

measure() { # name command... (RESTART=1: on the data directory of the previous start)
	local name="$1"
	shift
	local port start pid ready
	port="$(free_port)"
	if [ "${RESTART:-0}" != 1 ]; then
		data="$work/data-$name-$RANDOM"
	fi
	start="$(date +%s.%N)"
	REALIGN_DATA_DIR="$data" SERVER_PORT="$port" "$@" >"$work/${name// /-}.log" 2>&1 &
	pid=$!
	for _ in $(seq 1 6000); do
		if curl -fsS "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then
			break
		fi
		sleep 0.05
	done
	ready="$(echo "$(date +%s.%N) - $start" | bc)"
	# CPU time (user + system, all the JVM's threads) until ready: a loaded machine stretches wall
	# time several-fold but CPU time much less, so compare ways by this on a shared machine.
	cpu="$(echo "scale=2; $(awk '{print $14 + $15}' "/proc/$pid/stat") / $(getconf CLK_TCK)" | bc)"
	printf 'startup.sh: %-9s ready after %5.2f s, %5.2f CPU-s (%s); load average %s\n' "$name" "$ready" "$cpu" \
		"$(grep -o 'Started RealignMain in [0-9.]* seconds' "$work/${name// /-}.log" | head -1)" "$(cut -d' ' -f1 /proc/loadavg)"
	kill -TERM "$pid"
	wait "$pid" 2>/dev/null || true
}

echo "startup.sh: making the class-data-sharing archive (training start, then -Xshare:dump)"
REALIGN_DATA_DIR="$work/data-training" SERVER_PORT="$(free_port)" java -XX:DumpLoadedClassList="$work/classes.lst" \
	-Dspring.context.exit=onRefresh -jar "$extracted" serve >"$work/training.log" 2>&1
grep -v '^@lambda-proxy' "$work/classes.lst" >"$work/classes-without-lambdas.lst"
java -Xshare:dump -XX:SharedClassListFile="$work/classes-without-lambdas.lst" -XX:SharedArchiveFile="$work/realign.jsa" \
	-jar "$extracted" >"$work/dump.log" 2>&1
echo "startup.sh: archive of $(wc -l <"$work/classes-without-lambdas.lst") classes, $(du -m "$work/realign.jsa" | cut -f1) MB"

echo "startup.sh: $(date -u +%FT%TZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for _ in $(seq 1 "$runs"); do
	measure jar java -Xmx1g -jar "$jar" serve
	measure extracted java -Xmx1g -jar "$extracted" serve
	measure cds java -Xmx1g -XX:SharedArchiveFile="$work/realign.jsa" -jar "$extracted" serve
	RESTART=1 measure "cds again" java -Xmx1g -XX:SharedArchiveFile="$work/realign.jsa" -jar "$extracted" serve
done
