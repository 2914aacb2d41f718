#!/bin/sh
# The whole benchmark suite, B1–B8, into one table: bench/results/latest.md (median, p95, target,
# result, machine). Each harness leaves its rows in target/bench/rows/; ResultsTable puts them
# together. Every harness exits when it is done; this script exits non-zero when any figure could
# not be measured (a figure that misses its target is a FAIL in the table, not an error).
#
#   bench/run.sh                 # B1–B8 at 10,000 couples: about an hour on 2 cores, most of it B6
#   bench/run.sh --large         # also grows the practice to 100,000 couples (2 million sessions)
#                                # and reports how B1, B2 and needs attention grow: about an hour more
#   bench/run.sh --quick         # a smoke run of every harness at a tiny size (figures meaningless)
#   bench/run.sh --out FILE      # write the table elsewhere than bench/results/latest.md
#
# B8 (bench/scale-out.sh) needs a MySQL-family server at 127.0.0.1:3306 (SCALE_DB_* settings) and
# installs HAProxy with apt-get when it is missing. See bench/README.md.
set -u
cd "$(dirname "$0")/.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
JAVA="$JAVA_HOME/bin/java"
QUICK=""
LARGE=0
OUT=bench/results/latest.md
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) QUICK=--quick ;;
    --large) LARGE=100000 ;;
    --out) OUT="$2"; shift ;;
    *) echo "usage: bench/run.sh [--quick] [--large] [--out FILE]"; exit 2 ;;
  esac
  shift
done
COUPLES=10000; RENDER_ITERATIONS=400; STARTUP="-Dbench.firstRuns=2 -Dbench.laterRuns=3 -Dbench.cliRuns=10 -Dbench.cliFiles=1000"
if [ -n "$QUICK" ]; then
  COUPLES=300; RENDER_ITERATIONS=40; STARTUP="-Dbench.firstRuns=1 -Dbench.laterRuns=1 -Dbench.cliRuns=3 -Dbench.cliFiles=200"
fi

rm -rf target/bench/rows
status=0
step() { # name command...
  name="$1"; shift
  echo "== $name"
  "$@" || { echo "!! $name could not be measured"; status=1; }
}

if [ ! -f target/tandem.jar ] || [ ! -f target/tandem-cli.jar ] \
   || [ -n "$(find src/main/java src/main/resources db seeds frontend pom.xml -newer target/tandem.jar | head -1)" ]; then
  mvn -B -q package -DskipTests || exit 1
fi
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test || exit 1
CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"

step "B1, B2, B4 (database)" "$JAVA" -Xmx2g -Dbench.couples="$COUPLES" -Dbench.large="$LARGE" -cp "$CP" app.tandem.bench.Benchmarks
step "B4 (engine)" "$JAVA" -cp "$CP" app.tandem.assessment.AssessmentEngineBenchmark
step "B3" "$JAVA" -cp "$CP" app.tandem.pdf.ReportRenderBenchmark "$RENDER_ITERATIONS" 2
# shellcheck disable=SC2086
step "B7" "$JAVA" $STARTUP -cp "$CP" app.tandem.bench.StartupBenchmark
step "B5 and B6" bench/load.sh $QUICK
step "B8" bench/scale-out.sh
step "results table" "$JAVA" -Dbench.out="$OUT" -cp "$CP" app.tandem.bench.ResultsTable
exit $status
