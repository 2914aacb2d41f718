#!/bin/sh
# Two Tandem instances on one MariaDB/MySQL database behind HAProxy with sticky sessions, as a
# practice runs them when one server is not enough. Seeds a small synthetic practice into a
# scratch schema, starts both jars and the proxy, runs the checks over HTTP through the proxy
# (bench/load: app.tandem.load.ScaleOutChecks), stops everything and exits non-zero when any
# check fails. See the README ("Several instances") and docs/decisions/0071.
#
# Settings (environment): SCALE_DB (tandem_scaleout; emptied!), SCALE_DB_HOST (127.0.0.1),
# SCALE_DB_PORT (3306), SCALE_DB_USER (root), SCALE_DB_PASSWORD (empty), SCALE_PORT1 (8115),
# SCALE_PORT2 (8116), SCALE_PROXY_PORT (8117).
set -eu
cd "$(dirname "$0")/.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
JAVA="$JAVA_HOME/bin/java"
DB="${SCALE_DB:-tandem_scaleout}"
DB_HOST="${SCALE_DB_HOST:-127.0.0.1}"
DB_PORT="${SCALE_DB_PORT:-3306}"
DB_USER="${SCALE_DB_USER:-root}"
DB_PASSWORD="${SCALE_DB_PASSWORD:-}"
PORT1="${SCALE_PORT1:-8115}"
PORT2="${SCALE_PORT2:-8116}"
PROXY_PORT="${SCALE_PROXY_PORT:-8117}"
WORK=target/scale-out
URL="jdbc:mysql://$DB_HOST:$DB_PORT/$DB?useSSL=false&allowPublicKeyRetrieval=true"
mkdir -p "$WORK"

# HAProxy from Debian's packages.
if ! command -v haproxy >/dev/null 2>&1; then
  echo "Installing HAProxy (apt-get)…"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy >/dev/null
fi

sql() { mariadb -h "$DB_HOST" -P "$DB_PORT" -u "$DB_USER" ${DB_PASSWORD:+-p"$DB_PASSWORD"} "$@"; }
sql -e "CREATE DATABASE IF NOT EXISTS \`$DB\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"

# The jar, the seeder (test classes) and the checks (bench/load).
if [ ! -f target/tandem.jar ] || [ -n "$(find src/main/java src/main/resources db seeds frontend pom.xml -newer target/tandem.jar | head -1)" ]; then
  mvn -B -q package -DskipTests
fi
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
mvn -B -q -f bench/load/pom.xml compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime

PIDS=""
cleanup() {
  for pid in $PIDS; do kill "$pid" 2>/dev/null || true; done
  for pid in $PIDS; do
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true
  done
}
trap cleanup EXIT INT TERM

echo "Seeding a small synthetic practice into $DB…"
"$JAVA" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" app.tandem.bench.SeedPractice \
  --couples=120 --counselors=6 --accounts="$WORK/accounts.csv" \
  --spring.datasource.url="$URL" --spring.datasource.username="$DB_USER" --spring.datasource.password="$DB_PASSWORD" \
  > "$WORK/seed.log" 2>&1 || { cat "$WORK/seed.log"; exit 1; }
# Make every stored assessment a day old, so the start-up re-assessment has work to do.
sql "$DB" -e "UPDATE couple_assessment SET as_of = DATE_SUB(as_of, INTERVAL 1 DAY); DELETE FROM shedlock"

start() { # name port
  "$JAVA" -jar target/tandem.jar --server.port="$2" \
    --spring.datasource.url="$URL" --spring.datasource.username="$DB_USER" --spring.datasource.password="$DB_PASSWORD" \
    --tandem.assessment.refresh-initial-delay=PT15S --logging.level.net.javacrumbs.shedlock.core=DEBUG \
    > "$WORK/$1.log" 2>&1 &
  echo $!
}
PID1=$(start tandem1 "$PORT1"); PIDS="$PIDS $PID1"
PID2=$(start tandem2 "$PORT2"); PIDS="$PIDS $PID2"

cat > "$WORK/haproxy.cfg" <<CFG
global
    maxconn 2000
defaults
    mode http
    timeout connect 5s
    timeout client 120s
    timeout server 120s
    retries 2
    option redispatch
frontend tandem
    bind 127.0.0.1:$PROXY_PORT
    default_backend tandems
backend tandems
    balance roundrobin
    # Sticky sessions: a Vaadin UI lives in the session of the instance that built it.
    cookie TANDEM_NODE insert indirect nocache httponly
    option httpchk GET /styles/tandem.css
    http-response set-header X-Served-By %[srv_name]
    server tandem1 127.0.0.1:$PORT1 check cookie tandem1 inter 2s fall 2 rise 1
    server tandem2 127.0.0.1:$PORT2 check cookie tandem2 inter 2s fall 2 rise 1
CFG
haproxy -f "$WORK/haproxy.cfg" -db > "$WORK/haproxy.log" 2>&1 &
PIDS="$PIDS $!"

echo "Waiting for both instances…"
for port in "$PORT1" "$PORT2"; do
  for i in $(seq 1 240); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/login" || true)" = 200 ] && break
    if [ "$i" = 240 ]; then echo "Tandem on port $port did not start; see $WORK/"; exit 1; fi
    sleep 1
  done
done

set +e
"$JAVA" -cp "bench/load/target/classes:$(cat bench/load/target/classpath.txt)" app.tandem.load.ScaleOutChecks \
  "http://127.0.0.1:$PROXY_PORT" "$WORK/accounts.csv" TANDEM_NODE tandem1 tandem2 "$WORK/tandem1.log" "$WORK/tandem2.log" "$PID2" \
  > "$WORK/checks.txt" 2>&1
rc=$?
cat "$WORK/checks.txt"
set -e
# The row of the results table (bench/run.sh): B8 holds when every check passed.
passed=$(grep -c '^PASS' "$WORK/checks.txt" || true)
total=$(grep -c '^PASS\|^FAIL' "$WORK/checks.txt" || true)
mkdir -p target/bench/rows
{
  result=FAIL
  [ "$rc" = 0 ] && result=pass
  printf '| B8 two instances on one database behind HAProxy: checks that hold | %s of %s | — | every check holds | %s |\n\n' \
    "$passed" "$total" "$result"
  printf 'B8 checks (bench/scale-out.sh):\n\n'
  sed 's/^/    /' "$WORK/checks.txt"
} > target/bench/rows/b8.md
exit $rc
