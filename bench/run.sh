#!/bin/sh
# Seeds the synthetic practice in a fresh embedded database and runs B1, B2 and B4 (database half);
# writes bench/results/latest.md. Options: -Dbench.couples=10000 -Dbench.sessions=20 (passed to java).
set -e
cd "$(dirname "$0")/.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec "$JAVA_HOME/bin/java" -Xmx1g "$@" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    app.tandem.bench.Benchmarks
