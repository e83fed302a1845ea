#!/usr/bin/env bash
# Hot-path benchmark: 100,000 stored answers; saving one answer, readiness recompute, dashboard data load, PDF.
# Usage: packaging/bench-hotpaths.sh   (builds the test classes first)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" io.studycompanion.bench.HotPathBenchmark
