#!/usr/bin/env bash
# End-to-end scenarios (test/README.md): builds the RP, starts it in dev on a fresh store, drives it with the real
# Azure SDK client over HTTPS (io.arorp.e2e.Scenarios), stops it. Exits with the scenarios' result.
# Ports: E2E_HTTP_PORT / E2E_HTTPS_PORT (8280 / 8643). Extra Maven flags: E2E_MVN_FLAGS (e.g. -o).
set -euo pipefail
cd "$(dirname "$0")/.."
http=${E2E_HTTP_PORT:-8280}
https=${E2E_HTTPS_PORT:-8643}
wlp=target/liberty/wlp
# shellcheck disable=SC2086
mvn -B -ntp -q ${E2E_MVN_FLAGS:-} -DskipTests -Dliberty.var.http.port="$http" -Dliberty.var.https.port="$https" \
    package liberty:create liberty:install-feature liberty:deploy \
    dependency:build-classpath -Dmdep.outputFile=target/e2e.cp -Dmdep.includeScope=test
state=$(mktemp -d)
export ARO_STORE_EMBEDDED_PATH="$state/store.mv.db" ARO_SIM_CLUSTERS_PATH="$state/clusters"
"$wlp/bin/server" start aroServer >/dev/null
trap '"$wlp/bin/server" stop aroServer >/dev/null || true; rm -rf "$state"' EXIT
for _ in $(seq 1 300); do
  if curl -fs "http://127.0.0.1:$http/health/ready" | grep -q '"UP"'; then break; fi
  sleep 1
done
java -Dit.wlp.home="$wlp" -Dit.server=aroServer -cp "target/test-classes:target/classes:$(cat target/e2e.cp)" \
    io.arorp.e2e.Scenarios --rp="https://127.0.0.1:$https"
