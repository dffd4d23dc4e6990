#!/usr/bin/env bash
# Kills the server (kill -9) while the dossier statistics job runs, starts it again, and
# checks that the job went on from its last checkpoint by itself and ended with the figures
# of an uninterrupted run. Outside CI; needs the built EAR (mvn -q install -DskipTests) and
# PostgreSQL at 127.0.0.1:5432 (user postgres, trust), in which it creates and drops the
# database dvc_crash. The server runs with its own state folder and ports 8380/10290.
#
#   bench/statistics-crash.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(dirname "$here")
server="$top/server-config/target/wildfly"
ear="$top/ear/target/dvc-portal.ear"
base=$(mktemp -d /tmp/dvc-crash.XXXXXX)
pidfile="$base/server.pid"
cli=("$server/bin/jboss-cli.sh" --connect --controller=127.0.0.1:10290)
batch=/deployment=dvc-portal.ear/subdeployment=ejb-core.jar/subsystem=batch-jberet
catalog="${DVC_DATA_DIR:-$top/../shared/data}/tthc_national_2381.jsonl.gz"
period=2025-10
keys=3000

sql() {
    psql -h 127.0.0.1 -U postgres -d dvc_crash -v ON_ERROR_STOP=1 -qtA -c "$1"
}

cleanup() {
    if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
        kill "$(cat "$pidfile")" || true
        sleep 5
    fi
    psql -h 127.0.0.1 -U postgres -d postgres -qc \
        "DROP DATABASE IF EXISTS dvc_crash WITH (FORCE)" || true
    rm -rf "$base"
}
trap cleanup EXIT

psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS dvc_crash WITH (FORCE)"
psql -h 127.0.0.1 -U postgres -d postgres -qc "CREATE DATABASE dvc_crash ENCODING 'UTF8'"
mkdir -p "$base/deployments" "$base/log"
cp -r "$server/standalone/configuration" "$base/"
cp "$ear" "$base/deployments/"

start() {
    LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE="$pidfile" \
        JAVA_OPTS="-Xms256m -Xmx2g -Duser.timezone=Asia/Ho_Chi_Minh -Dfile.encoding=UTF-8" \
        "$server/bin/standalone.sh" -c standalone-full.xml \
        -Djboss.server.base.dir="$base" -Djboss.socket.binding.port-offset=300 \
        -Ddvc.db.driver=postgresql -Ddvc.db.url=jdbc:postgresql://127.0.0.1:5432/dvc_crash \
        -Ddvc.db.user=postgres -Ddvc.db.password=trust -Ddvc.catalog.import="$catalog" \
        -Ddvc.demo=true -Ddvc.statistics.schedule=off -Ddvc.report.schedule.daily=off \
        -Ddvc.report.schedule.monthly=off > "$base/log/console-$1.log" 2>&1 &
    for _ in $(seq 1 180); do
        if curl -fsS -o /dev/null http://127.0.0.1:8380/thong-ke 2>/dev/null; then
            return
        fi
        sleep 1
    done
    echo "The server did not start; see $base/log" >&2
    exit 1
}

run_state() {
    sql "SELECT STATUS || ' ' || ROWS_DONE || ' ' || COALESCE(INSTANCE_ID, 0)
         FROM REPORT_DOSSIER_RUN WHERE PERIOD_KIND = 'MONTH' AND PERIOD_START = '$period-01'"
}

snapshot() {
    sql "SELECT s.AGENCY_CODE, s.PROCEDURE_CODE, s.CARRIED_OVER, s.RECEIVED_ONLINE,
                s.RECEIVED_DESK, s.RECEIVED_POST, s.SETTLED_EARLY, s.SETTLED_ON_TIME,
                s.SETTLED_LATE, s.PENDING_ON_TIME, s.PENDING_OVERDUE, s.PAUSED_SUPPLEMENT,
                s.WITHDRAWN, s.RETURNED, s.REFUSED, s.SETTLED_DAYS
         FROM REPORT_DOSSIER_STAT s JOIN REPORT_DOSSIER_RUN r ON s.RUN_ID = r.ID
         WHERE r.PERIOD_KIND = 'MONTH' AND r.PERIOD_START = '$period-01'
         ORDER BY 1, 2" > "$1"
}

wait_complete() {
    for _ in $(seq 1 600); do
        if [[ "$(run_state)" == COMPLETED* ]]; then
            return
        fi
        sleep 1
    done
    echo "The run did not complete: $(run_state)" >&2
    exit 1
}

echo "Starting the server on a fresh database"
start 1
# 100,000 dossiers of October 2025 in 3,000 rows (two agencies, 1,500 procedures each), in
# every state; the chunks below take one row each and wait 20 ms, a minute in all.
sql "INSERT INTO DOSSIER (ID, VERSION, CODE, PROCEDURE_CODE, PROCEDURE_NAME, AGENCY_UNIT_ID,
        AGENCY_CODE, AGENCY_NAME, APPLICANT_LOGIN, APPLICANT_NAME, CHANNEL, STEP, OUTCOME,
        CREATED_AT, UPDATED_AT, SUBMITTED_AT, RECEIVED_AT, DUE_AT, PAUSED_AT, FINISHED_AT,
        CLOSED_AT)
     SELECT 1000000 + g, 0, 'GCR-' || g, 'CR.' || lpad((g / 7 % ($keys / 2))::text, 4, '0'),
        'Thủ tục thử nghiệm ' || (g / 7 % ($keys / 2)), u.ID, u.CODE, u.NAME, 'cd' || g,
        'Công dân ' || g, (ARRAY['ONLINE', 'DESK', 'POST'])[1 + g % 3],
        (ARRAY['RESULT_READY', 'PROCESSING', 'WITHDRAWN', 'SUPPLEMENT_IN_PROCESS',
               'STOPPED'])[1 + g % 5],
        (ARRAY['GRANTED', NULL, 'WITHDRAWN', NULL, 'REFUSED'])[1 + g % 5],
        t, t, t, t, t + interval '7 days',
        CASE WHEN g % 5 = 3 THEN t + interval '1 day' END,
        CASE WHEN g % 5 = 0 THEN t + (g % 11) * interval '1 day'
             WHEN g % 5 = 4 THEN t + interval '3 days' END,
        CASE WHEN g % 5 = 2 THEN t + interval '2 days'
             WHEN g % 5 = 4 THEN t + interval '3 days' END
     FROM generate_series(1, 100000) g
     CROSS JOIN LATERAL (SELECT timestamp '2025-10-01 08:00' + (g % 30) * interval '1 day'
                                + (g % 9) * interval '1 hour' AS t) times
     JOIN ORG_UNIT u ON u.CODE = CASE WHEN g % 2 = 0 THEN 'STP' ELSE 'SYT' END"

echo "Starting the job for $period, one row per chunk"
slow="period=$period,chunkSize=1,writeDelayMillis=20"
"${cli[@]}" --command="$batch:start-job(job-xml-name=dossier-statistics,properties={$slow})" \
    > /dev/null
for _ in $(seq 1 300); do
    state=$(run_state)
    done_rows=$(echo "$state" | awk '{print $2}')
    if [[ "$state" == RUNNING* ]] && [ "${done_rows:-0}" -ge 600 ]; then
        break
    fi
    sleep 0.2
done
kill -9 "$(cat "$pidfile")"
sleep 2
echo "Killed the server (kill -9) with the run at: $(run_state)"
read -r _ at_kill instance <<< "$(run_state)"

echo "Starting the server again; it restarts the cut-off execution after 30 s"
start 2
wait_complete
read -r status rows_after instance_after <<< "$(run_state)"
echo "After the restart: $status, $rows_after rows, job instance $instance_after"
[ "$instance_after" = "$instance" ] || { echo "Another job instance made the figures" >&2; exit 1; }
sql "SELECT e.JOBEXECUTIONID || ' ' || e.BATCHSTATUS || ' read ' || s.READCOUNT
     FROM JOB_EXECUTION e JOIN STEP_EXECUTION s ON s.JOBEXECUTIONID = e.JOBEXECUTIONID
     WHERE e.JOBINSTANCEID = $instance AND s.STEPNAME = 'tally' ORDER BY 1"
snapshot "$base/resumed.txt"

echo "Making the same period again, uninterrupted"
"${cli[@]}" \
    --command="$batch:start-job(job-xml-name=dossier-statistics,properties={period=$period})" \
    > /dev/null
sleep 2
wait_complete
snapshot "$base/uninterrupted.txt"
rows=$(wc -l < "$base/uninterrupted.txt")
if diff -q "$base/resumed.txt" "$base/uninterrupted.txt" > /dev/null \
        && [ "$rows" -eq "$keys" ]; then
    echo "OK: killed at $at_kill of $keys rows; the resumed run equals an uninterrupted one"
    echo "    ($rows rows, $(awk -F'|' '{s += $3 + $4 + $5 + $6} END {print s}' \
        "$base/uninterrupted.txt") dossiers)"
else
    cp "$base/resumed.txt" "$base/uninterrupted.txt" "$top/ear/target/"
    echo "DIFFERENT: see ear/target/resumed.txt and ear/target/uninterrupted.txt" >&2
    exit 1
fi
"${cli[@]}" --command=":shutdown" > /dev/null || true
