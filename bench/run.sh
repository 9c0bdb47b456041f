#!/usr/bin/env bash
# The RP benchmark in one command (bench/README.md). Builds the WAR and the Liberty server on the bench ports, then
# runs io.arorp.bench.rp.RpBench, which starts and stops the server itself. Arguments go to RpBench (--name=value).
# Ports: BENCH_HTTP_PORT / BENCH_HTTPS_PORT (8180 / 8543). Extra Maven flags: BENCH_MVN_FLAGS (e.g. -o).
set -euo pipefail
cd "$(dirname "$0")/.."
http=${BENCH_HTTP_PORT:-8180}
https=${BENCH_HTTPS_PORT:-8543}
# shellcheck disable=SC2086
mvn -B -ntp -q ${BENCH_MVN_FLAGS:-} -DskipTests -Dliberty.var.http.port="$http" -Dliberty.var.https.port="$https" \
    package liberty:create liberty:install-feature liberty:deploy \
    dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
exec java -Xmx1g -Djava.awt.headless=true -cp "target/test-classes:target/classes:$(cat target/bench.cp)" \
    io.arorp.bench.rp.RpBench --http="$http" --https="$https" "$@"
