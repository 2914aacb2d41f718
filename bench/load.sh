#!/bin/sh
# B5 (memory per signed-in counselor) and B6 (counselors working at the same time) against the
# packaged jar on the synthetic practice. Seeds a fresh database, starts Tandem, measures B5 with
# B5_SESSIONS sessions, then runs the Gatling scenario (bench/load) at N = STEPS users in turn,
# each on a freshly started server, until a step has errors or a loop step's p95 exceeds 100 ms.
# Writes the rows for bench/results/latest.md into target/bench/rows/ (b5.md, b6.md) and the
# details into target/bench/load/. Stops everything it started; exits non-zero when a figure could
# not be measured.
#
#   bench/load.sh            # the benchmark: 10,000 couples, 50 sessions, N = 100 200 400 800 1600, 5 min each
#   bench/load.sh --quick    # a smoke run: 500 couples, 5 sessions, N = 5 for 1 minute
#
# The server runs as the README tells a practice to run it: through bin/tandem-server (the extracted
# jar, its AOT cache and its JVM options; decision 0082), its cache in target/server-cache.
#
# Settings (environment): COUPLES, B5_SESSIONS, STEPS, RAMP (s), STEADY (s), THINK (s), PORT (8115),
# LOAD_DB_URL / LOAD_DB_USER / LOAD_DB_PASSWORD (an external database instead of the embedded one;
# it is emptied), SERVER_OPTS (more JVM options of the server), LAUNCHER=java (a plain
# `java -jar target/tandem.jar` with only SERVER_OPTS, for comparison).
set -eu
cd "$(dirname "$0")/.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
JAVA="$JAVA_HOME/bin/java"
if [ "${1:-}" = "--quick" ]; then
  : "${COUPLES:=500}" "${B5_SESSIONS:=5}" "${STEPS:=5}" "${RAMP:=10}" "${STEADY:=60}"
fi
COUPLES="${COUPLES:-10000}"
B5_SESSIONS="${B5_SESSIONS:-50}"
STEPS="${STEPS:-100 200 400 800 1600}"
RAMP="${RAMP:-60}"
STEADY="${STEADY:-300}"
THINK="${THINK:-10}"
PORT="${PORT:-8115}"
SERVER_OPTS="${SERVER_OPTS:-}"
LAUNCHER="${LAUNCHER:-bin/tandem-server}"
WORK="$PWD/target/bench/load"
ROWS="$PWD/target/bench/rows"
ACCOUNTS="$WORK/accounts.csv"
mkdir -p "$WORK" "$ROWS"
rm -f "$ROWS/b5.md" "$ROWS/b6.md" "$WORK"/step-*.md

if [ -n "${LOAD_DB_URL:-}" ]; then
  DB_ARGS="--spring.datasource.url=$LOAD_DB_URL --spring.datasource.username=${LOAD_DB_USER:-root} --spring.datasource.password=${LOAD_DB_PASSWORD:-}"
else
  DB_ARGS="--tandem.embedded.data-dir=$PWD/target/load-db/data"
fi

# The jar (rebuilt when the sources changed), the seeder (test classes) and the load project.
if [ ! -f target/tandem.jar ] || [ -n "$(find src/main/java src/main/resources db seeds frontend pom.xml -newer target/tandem.jar | head -1)" ]; then
  mvn -B -q package -DskipTests
fi
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
mvn -B -q -f bench/load/pom.xml test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime

SERVER=""
stop_server() {
  if [ -n "$SERVER" ]; then
    kill "$SERVER" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$SERVER" 2>/dev/null || break; sleep 1; done
    kill -9 "$SERVER" 2>/dev/null || true
    SERVER=""
  fi
}
trap stop_server EXIT INT TERM

start_server() { # log name
  if [ "$LAUNCHER" = java ]; then
    # shellcheck disable=SC2086
    "$JAVA" $SERVER_OPTS -jar target/tandem.jar --server.port="$PORT" $DB_ARGS > "$WORK/$1.log" 2>&1 &
  else
    # shellcheck disable=SC2086
    JAVA_OPTS="$SERVER_OPTS" TANDEM_SERVER_CACHE="$PWD/target/server-cache" \
      bin/tandem-server --server.port="$PORT" $DB_ARGS > "$WORK/$1.log" 2>&1 &
  fi
  SERVER=$!
  for i in $(seq 1 300); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/login" || true)" = 200 ] && return 0
    kill -0 "$SERVER" 2>/dev/null || { echo "Tandem stopped while starting; see $WORK/$1.log"; return 1; }
    sleep 1
  done
  echo "Tandem did not serve the login page in 300 s; see $WORK/$1.log"
  return 1
}

echo "Seeding $COUPLES couples…"
# shellcheck disable=SC2086
"$JAVA" -Xmx2g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" app.tandem.bench.SeedPractice \
  --couples="$COUPLES" --accounts="$ACCOUNTS" $DB_ARGS > "$WORK/seed.log" 2>&1 || { tail -40 "$WORK/seed.log"; exit 1; }
tail -1 "$WORK/seed.log"

LOADCP="bench/load/target/classes:bench/load/target/test-classes:$(cat bench/load/target/classpath.txt)"
status=0

echo "B5: $B5_SESSIONS sessions…"
start_server b5-server
"$JAVA" -cp "$LOADCP" app.tandem.load.MemoryPerSession "http://127.0.0.1:$PORT" "$ACCOUNTS" "$SERVER" "$B5_SESSIONS" \
  "$ROWS/b5.md" "$JAVA_HOME/bin/jcmd" || status=1
stop_server

largest=0
summary="$WORK/steps.md"
printf '| users | result | p95 of the loop steps (ms) | errors |\n|---|---|---|---|\n' > "$summary"
for n in $STEPS; do
  echo "B6: $n users, ${RAMP}s ramp, ${STEADY}s together, ${THINK}s think time…"
  start_server "b6-server-$n"
  set +e
  mvn -B -q -f bench/load/pom.xml gatling:test -Dgatling.simulationClass=app.tandem.load.CounselorLoopSimulation \
    -Dtandem.url="http://127.0.0.1:$PORT" -Dusers="$n" -Dramp="$RAMP" -Dsteady="$STEADY" -Dthink="$THINK" \
    -Daccounts="$ACCOUNTS" -Dstats="$WORK/step-$n.md" > "$WORK/gatling-$n.log" 2>&1
  rc=$?
  set -e
  stop_server
  if [ ! -f "$WORK/step-$n.md" ]; then
    echo "No statistics from the $n-user run; see $WORK/gatling-$n.log"
    status=1
    break
  fi
  loop_p95=$(sed -n 's/^| all loop steps | [0-9]* | [0-9]* | [0-9]* | \([0-9]*\) |.*/\1/p' "$WORK/step-$n.md")
  errors=$(sed -n 's/^| all requests | [0-9]* | \([0-9]*\) |.*/\1/p' "$WORK/step-$n.md")
  if [ "$rc" = 0 ] && grep -q '^verdict: PASS' "$WORK/step-$n.md"; then
    largest=$n
    printf '| %s | pass | %s | %s |\n' "$n" "$loop_p95" "$errors" >> "$summary"
  else
    printf '| %s | fail | %s | %s |\n' "$n" "$loop_p95" "$errors" >> "$summary"
    break
  fi
done

if [ -f "$WORK/step-$(echo "$STEPS" | awk '{print $1}').md" ]; then
  {
    best="$WORK/step-$largest.md"
    p95="—"
    [ "$largest" != 0 ] && p95="$(sed -n 's/^| all loop steps | [0-9]* | [0-9]* | [0-9]* | \([0-9]*\) |.*/\1/p' "$best") ms"
    result=FAIL
    [ "$largest" -ge 400 ] && result=pass
    found="N = $largest"
    [ "$largest" = 0 ] && found="N < $(echo "$STEPS" | awk '{print $1}')"
    printf '| B6 the largest N of counselors working at once with every loop step p95 ≤ 100 ms and 0 errors (Gatling over UIDL, %s s think time, p95 over the %s s all work together; server through %s) | %s | %s | N ≥ 400 | %s |\n' \
      "$THINK" "$STEADY" "\`$LAUNCHER\`" "$found" "$p95" "$result"
    printf '\nB6 steps (each on a freshly started server):\n\n'
    cat "$summary"
    if [ "$largest" != 0 ]; then
      printf '\nB6 per action at N = %s:\n\n' "$largest"
      sed -n '/^| action/,/^$/p' "$best"
      printf 'B6 at N = %s, the whole run (counselors arriving and leaving included; reported, not judged):\n\n' "$largest"
      sed -n '/^| requests | count/,/^$/p' "$best"
    fi
  } > "$ROWS/b6.md"
  cat "$ROWS/b6.md"
else
  status=1
fi
exit $status
