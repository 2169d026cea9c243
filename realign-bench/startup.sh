#!/usr/bin/env bash
# Start-up time of `serve`, from launching the JVM to the readiness probe answering UP, for the
# embedded default as a newcomer starts it (a fresh H2 data directory: every migration runs), and
# as a server restarts (the same data directory again: Flyway only validates). The restart is also
# what a second replica, or a server updated while the other serves, does: it joins a database that
# is already migrated.
#
#   realign-bench/startup.sh [runs]        (default 3 runs of each way to start)
#
# The ways side by side, alternating, so that the machine's load drifts over all of them alike:
#   jar        java -jar realign.jar serve on Java 17                 (what ./realign serve does)
#   cds 17     the jar extracted (java -Djarmode=tools extract), Java 17, with a class-data-sharing
#              archive of the classes a start loads
#   cds again  the same, restarted on the data directory the cds start just made
#   aot 25     the extracted jar on Java 25 with its ahead-of-time cache (JEP 483 classes loaded and
#              linked, JEP 515 method profiles), made in one step (JEP 514, -XX:AOTCacheOutput)
#   aot again  the same, restarted on the data directory the aot start just made
# Java 25 is $REALIGN_JAVA25_HOME, else the first /usr/lib/jvm/*25* with bin/java; without one the
# aot rows are left out. The bytecode stays Java 17: the same extracted jar runs on both.
# Prints each run's seconds to ready, the JVM's CPU seconds until then, and Spring's own
# "Started ... in" figure, then the median of each way.
# Both archives come from a training start that stops after the context refresh
# (-Dspring.context.exit=onRefresh) on a fresh data directory. Java 17's is the static archive: the
# training start lists the classes it loads, then -Xshare:dump writes them. The list's @lambda-proxy
# lines are left out: with them OpenJDK 17.0.15 crashes (SIGSEGV in
# SystemDictionaryShared::adjust_lambda_proxy_class_dictionary), as the dynamic archive
# (-XX:ArchiveClassesAtExit) does. Java 25 writes its cache when the training start exits. Making
# each takes a minute or two on a quiet machine; each is about 100 MB.
set -euo pipefail
runs="${1:-3}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/realign" --version >/dev/null
jar="$root/realign-app/target/realign.jar"
java17="${REALIGN_JAVA17:-java}"
java25=""
for home in ${REALIGN_JAVA25_HOME:-} /usr/lib/jvm/*25*; do
	if [ -x "$home/bin/java" ]; then
		java25="$home/bin/java"
		break
	fi
done
work="$(mktemp -d /tmp/realign-startup.XXXXXX)"
trap 'rm -rf "$work"' EXIT

free_port() {
	python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

"$java17" -Djarmode=tools -jar "$jar" extract --destination "$work/extracted" >/dev/null
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
		if ! kill -0 "$pid" 2>/dev/null; then
			echo "startup.sh: $name did not start; its log:" >&2
			tail -20 "$work/${name// /-}.log" >&2
			exit 1
		fi
		sleep 0.05
	done
	ready="$(echo "$(date +%s.%N) - $start" | bc)"
	# CPU time (user + system, all the JVM's threads) until ready: a loaded machine stretches wall
	# time several-fold but CPU time much less, so compare ways by this on a shared machine.
	cpu="$(echo "scale=2; $(awk '{print $14 + $15}' "/proc/$pid/stat") / $(getconf CLK_TCK)" | bc)"
	echo "$name $ready $cpu" >>"$work/results"
	printf 'startup.sh: %-9s ready after %5.2f s, %5.2f CPU-s (%s); load average %s\n' "$name" "$ready" "$cpu" \
		"$(grep -o 'Started RealignMain in [0-9.]* seconds' "$work/${name// /-}.log" | head -1)" "$(cut -d' ' -f1 /proc/loadavg)"
	kill -TERM "$pid"
	wait "$pid" 2>/dev/null || true
}

echo "startup.sh: making the Java 17 class-data-sharing archive (training start, then -Xshare:dump)"
REALIGN_DATA_DIR="$work/data-training" SERVER_PORT="$(free_port)" "$java17" -XX:DumpLoadedClassList="$work/classes.lst" \
	-Dspring.context.exit=onRefresh -jar "$extracted" serve >"$work/training.log" 2>&1
grep -v '^@lambda-proxy' "$work/classes.lst" >"$work/classes-without-lambdas.lst"
"$java17" -Xshare:dump -XX:SharedClassListFile="$work/classes-without-lambdas.lst" -XX:SharedArchiveFile="$work/realign.jsa" \
	-jar "$extracted" >"$work/dump.log" 2>&1
echo "startup.sh: archive of $(wc -l <"$work/classes-without-lambdas.lst") classes, $(du -m "$work/realign.jsa" | cut -f1) MB"
if [ -n "$java25" ]; then
	echo "startup.sh: making the Java 25 ahead-of-time cache with $java25 (training start to the context refresh)"
	REALIGN_DATA_DIR="$work/data-training-25" SERVER_PORT="$(free_port)" "$java25" -XX:AOTCacheOutput="$work/realign.aot" \
		-Dspring.context.exit=onRefresh -jar "$extracted" serve >"$work/training-25.log" 2>&1
	echo "startup.sh: ahead-of-time cache of $(du -m "$work/realign.aot" | cut -f1) MB"
else
	echo "startup.sh: no Java 25 found (set REALIGN_JAVA25_HOME); the aot rows are left out"
fi

echo "startup.sh: $(date -u +%FT%TZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for _ in $(seq 1 "$runs"); do
	measure jar "$java17" -Xmx1g -jar "$jar" serve
	measure "cds 17" "$java17" -Xmx1g -XX:SharedArchiveFile="$work/realign.jsa" -jar "$extracted" serve
	RESTART=1 measure "cds again" "$java17" -Xmx1g -XX:SharedArchiveFile="$work/realign.jsa" -jar "$extracted" serve
	if [ -n "$java25" ]; then
		measure "aot 25" "$java25" -Xmx1g -XX:AOTCache="$work/realign.aot" -jar "$extracted" serve
		RESTART=1 measure "aot again" "$java25" -Xmx1g -XX:AOTCache="$work/realign.aot" -jar "$extracted" serve
	fi
done
echo "startup.sh: medians over $runs runs (ready s / CPU-s); load average now $(cut -d' ' -f1-3 /proc/loadavg)"
for name in "jar" "cds 17" "cds again" "aot 25" "aot again"; do
	grep "^$name [0-9]" "$work/results" | python3 -c '
import statistics, sys
name = sys.argv[1]
rows = [line.split()[-2:] for line in sys.stdin]
if rows:
    ready = [float(r[0]) for r in rows]
    cpu = [float(r[1]) for r in rows]
    under = sum(1 for r in ready if r < 5)
    print(f"startup.sh: {name:<9} median {statistics.median(ready):5.2f} s ({min(ready):.2f}-{max(ready):.2f}), "
          f"{statistics.median(cpu):5.2f} CPU-s; under 5 s in {under} of {len(ready)}")
' "$name"
done
