#!/usr/bin/env bash
# Measures the monthly dossier statistics job against the one SQL query that computes the
# same figures on the same database (its lower bound), on H2 and on PostgreSQL, at 100,000
# and at 1,000,000 dossiers, with the heap it needs. Outside CI; build first:
#
#   mvn -q install -DskipTests
#   bench/statistics.sh [sizes]        (default 100000,1000000; e.g. 20000,50000 to try it)
#
# A server like ./dvc start (2 GiB heap, the national catalogue) runs the benchmark class
# ear/src/test/java/vn/dvcportal/it/DossierStatisticsBench.java inside it, through the
# integration-test set-up of the ear module: first on its own H2 file, then on the
# PostgreSQL database dvc_bench at 127.0.0.1:5432 (user postgres), which this script creates
# and drops. Without PostgreSQL (or with BENCH_POSTGRESQL=false) only H2 is measured. The
# dossiers are made by DossierGenerator: a province's year, 2025, of realistic dossiers.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(dirname "$here")
sizes=${1:-100000,1000000}
out="$top/ear/target/bench-statistics"
pg=${BENCH_POSTGRESQL:-true}

psql_admin() {
    psql -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 -q "$@"
}
if [ "$pg" = true ] && command -v psql >/dev/null \
        && psql_admin -c "SELECT 1" >/dev/null 2>&1; then
    psql_admin -c "DROP DATABASE IF EXISTS dvc_bench WITH (FORCE)" \
        -c "CREATE DATABASE dvc_bench ENCODING 'UTF8'"
    trap 'psql_admin -c "DROP DATABASE IF EXISTS dvc_bench WITH (FORCE)"' EXIT
    skip_pg=false
else
    echo "PostgreSQL is not measured (no server at 127.0.0.1:5432, or BENCH_POSTGRESQL=false)"
    skip_pg=true
fi
rm -f "$out"-h2.txt "$out"-postgresql.txt

# Maven runs one at a time on this machine (see the lock); -o keeps it off the network.
(cd "$top" && flock /tmp/dvc-mvn.lock mvn -q -o -pl ear verify \
    -Dit.test=DossierStatisticsBench -Darquillian.xml=arquillian-bench.xml \
    -Dskip.postgresql="$skip_pg" -Dbench.sizes="$sizes" -Dbench.out="$out" \
    -Dh2.reuse=OPTIMIZE_REUSE_RESULTS=FALSE \
    -Dfailsafe.failIfNoSpecifiedTests=false) || {
    echo "The benchmark failed; see ear/target/failsafe-reports" >&2
    exit 1
}

printf '\n%-11s %9s %7s %9s %8s %9s %6s %13s %13s %11s\n' database dossiers rows \
    month_dos job_ms query_ms ratio heap_before heap_max_gc heap_peak
for f in "$out"-h2.txt "$out"-postgresql.txt; do
    [ -f "$f" ] || continue
    awk '{
        for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
        printf "%-11s %9s %7s %9s %8s %9s %6s %10s MB %10s MB %8s MB\n", v["database"],
            v["dossiers"], v["rows"], v["month_dossiers"], v["job_ms"], v["query_ms"],
            v["ratio"], v["heap_before_mb"], v["heap_max_after_gc_during_mb"],
            v["heap_peak_sampled_mb"]
    }' "$f"
done
echo
echo "Raw lines: $out-h2.txt, $out-postgresql.txt"
