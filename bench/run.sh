#!/usr/bin/env bash
# Measures the portal on loopback: requests per second and p50/p99 latency of the search page,
# a procedure page and a static file of the same size served by the same server, 32
# connections each. Start the portal with the national catalogue first:
#
#   ./dvc start --catalog ../shared/data/tthc_national_2381.jsonl.gz
#   bench/run.sh [seconds]            (default 20 s per URL; needs wrk: apt-get install wrk)
#
# The static file is served through a file handler that bench/static-file.cli adds to the
# running server and bench/static-file-undo.cli removes again.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(dirname "$here")
base=${DVC_BASE_URL:-http://localhost:8080}
seconds=${1:-20}
cli="$top/server-config/target/wildfly/bin/jboss-cli.sh"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }

search="$base/thu-tuc?q=dang+ky+khai+sinh"
detail="$base/thu-tuc/1.001193"
curl -fsS -o /dev/null "$detail" || {
    echo "No procedure 1.001193 at $base: start the portal with the national catalogue" >&2
    exit 1
}

# A static file as large as the search page, so the comparison is like for like.
static_dir="$top/run/bench-static"
mkdir -p "$static_dir"
size=$(curl -fsS "$search" | wc -c)
head -c "$size" /dev/zero | tr '\0' 'x' > "$static_dir/page.html"
"$cli" --connect --resolve-parameter-values --file="$here/static-file.cli" -Ddvc.bench.dir="$static_dir" >/dev/null
trap '"$cli" --connect --file="$here/static-file-undo.cli" >/dev/null' EXIT

measure() {
    local name=$1 url=$2
    wrk -t2 -c32 -d3s "$url" >/dev/null 2>&1 # warm-up
    wrk -t2 -c32 -d"${seconds}s" --latency "$url" | awk -v name="$name" -v bytes="$3" '
        /Requests\/sec/ { rps = $2 }
        $1 == "50%" { p50 = $2 }
        $1 == "99%" { p99 = $2 }
        /Non-2xx/ { errors = $NF }
        END { printf "%-8s %6s bytes  %9s req/s  p50 %8s  p99 %8s%s\n", name, bytes, rps, p50, p99,
              errors ? "  non-2xx " errors : "" }'
}

echo "32 connections, ${seconds} s each, $(nproc) cores, $(uname -m), $base"
measure search "$search" "$size"
measure detail "$detail" "$(curl -fsS "$detail" | wc -c)"
measure static "$base/bench-static/page.html" "$size"
