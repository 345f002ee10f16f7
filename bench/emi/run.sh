#!/usr/bin/env bash
# Schedule generation for a 360-month loan and its re-projection after a prepayment, measured with JMH.
# Usage: bench/emi/run.sh   (from the repository root; needs Maven and a JDK 17+)
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -pl emi-service -am install -DskipTests
./mvnw -B -q -pl emi-service test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench-classpath.txt
classpath="emi-service/target/test-classes:emi-service/target/classes:$(cat emi-service/target/bench-classpath.txt)"
java -cp "$classpath" org.openjdk.jmh.Main 'dev.finsuite.emi.bench.ScheduleBenchmark'
