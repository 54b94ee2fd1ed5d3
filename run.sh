#!/usr/bin/env bash
# Starts Borgerstemme on this machine: the survey service, the complaint service and the gateway,
# each its own process, with demo staff and data kept in ./data. Ctrl-C stops everything.
#
#   ./run.sh            build what is missing, then start
#   ./run.sh --build    build first in any case
#
# GATEWAY_PORT, SURVEY_SERVICE_PORT and COMPLAINT_SERVICE_PORT choose other ports (8080, 8081, 8082).
set -euo pipefail

cd "$(dirname "$0")"

readonly SERVICES=(survey-service complaint-service gateway)
readonly VERSION=0.1.0-SNAPSHOT
readonly START_UP_SECONDS=120
readonly STOP_GRACE_SECONDS=20

gateway_port=${GATEWAY_PORT:-8080}
survey_port=${SURVEY_SERVICE_PORT:-8081}
complaint_port=${COMPLAINT_SERVICE_PORT:-8082}
data_dir=./data
log_dir=$data_dir/logs

force_build=false
for argument in "$@"; do
  case $argument in
    --build) force_build=true ;;
    -h|--help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "Unknown option: $argument (try --help)" >&2; exit 2 ;;
  esac
done

jar_of() { echo "$1/target/$1-$VERSION.jar"; }
port_of() {
  case $1 in
    survey-service) echo "$survey_port" ;;
    complaint-service) echo "$complaint_port" ;;
    gateway) echo "$gateway_port" ;;
  esac
}

# A jar needs building when it is missing, has no libraries beside it, or is older than the sources.
needs_build() {
  local service jar
  for service in "${SERVICES[@]}"; do
    jar=$(jar_of "$service")
    [[ -f $jar && -d $service/target/lib ]] || return 0
    if [[ -n $(find pom.xml "$service/pom.xml" "$service/src" platform/pom.xml platform/src \
                 -name node_modules -prune -o -newer "$jar" -type f -print -quit 2>/dev/null) ]]; then
      return 0
    fi
  done
  return 1
}

# Bash's own /dev/tcp, so no curl is needed: true when something accepts connections on the port.
port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

is_ready() {
  local status_line
  status_line=$(
    exec 2>/dev/null 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
    printf 'GET /health/readiness HTTP/1.0\r\nHost: localhost\r\nAccept: application/json\r\n\r\n' >&3
    IFS= read -r -t 5 line <&3 && printf '%s' "$line"
  ) || return 1
  [[ $status_line == HTTP/*" 200"* ]]
}

# The children of a process, read from /proc so that procps need not be installed.
children_of() {
  local parent=$1 stat fields ppid
  for stat in /proc/[0-9]*/stat; do
    # A process may end between listing /proc and reading it.
    { IFS= read -r fields <"$stat"; } 2>/dev/null || continue
    fields=${fields##*) }
    read -r _ ppid _ <<<"$fields"
    if [[ $ppid == "$parent" ]]; then
      stat=${stat#/proc/}
      echo "${stat%/stat}"
    fi
  done
}

process_tree() {
  local child
  echo "$1"
  for child in $(children_of "$1"); do
    process_tree "$child"
  done
}

declare -A pids=()
stopping=false

# TERM lets each service stop its embedded database; what is left after the grace period is killed,
# including a database whose service could not stop it.
stop_all() {
  $stopping && return 0
  stopping=true
  ((${#pids[@]} > 0)) || return 0
  echo
  echo "Stopping Borgerstemme …"
  local service pid tree=() waited=0 alive
  for service in gateway complaint-service survey-service; do
    pid=${pids[$service]:-}
    [[ -n $pid ]] || continue
    mapfile -t -O "${#tree[@]}" tree < <(process_tree "$pid")
    kill -TERM "$pid" 2>/dev/null || true
  done
  while ((waited < STOP_GRACE_SECONDS * 10)); do
    alive=false
    for pid in "${pids[@]}"; do
      if kill -0 "$pid" 2>/dev/null; then alive=true; fi
    done
    $alive || break
    sleep 0.1
    waited=$((waited + 1))
  done
  for pid in "${tree[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then
      echo "Process $pid did not stop in ${STOP_GRACE_SECONDS} s; killing it."
      kill -KILL "$pid" 2>/dev/null || true
    fi
  done
  wait 2>/dev/null || true
  echo "Stopped."
}

trap 'stop_all; exit 130' INT
trap 'stop_all; exit 143' TERM
trap 'stop_all' EXIT

fail_start() {
  local service=$1 reason=$2 log=$log_dir/$1.log
  echo >&2
  echo "$service $reason. The end of its log, $log:" >&2
  tail -n 40 "$log" >&2 || true
  exit 1
}

await_ready() {
  local service deadline=$((SECONDS + START_UP_SECONDS)) waiting
  while true; do
    waiting=()
    for service in "$@"; do
      kill -0 "${pids[$service]}" 2>/dev/null || fail_start "$service" "stopped during start-up"
      is_ready "$(port_of "$service")" || waiting+=("$service")
    done
    ((${#waiting[@]} == 0)) && return 0
    if ((SECONDS >= deadline)); then
      fail_start "${waiting[0]}" "was not ready after ${START_UP_SECONDS} s"
    fi
    sleep 0.5
  done
}

start() {
  local service=$1 jar temporary_files
  jar=$(jar_of "$service")
  echo "Starting $service on port $(port_of "$service") (log: $log_dir/$service.log)"
  # A private TMPDIR: the embedded database's installer keeps temporary tables there, and in a shared
  # /tmp two MariaDB installs starting together have removed each other's files.
  temporary_files=$PWD/${data_dir#./}/tmp/$service
  mkdir -p "$temporary_files"
  # The collector the Helm chart and the images give the services (-XX:+UseSerialGC): it keeps the heap,
  # and so the memory a service takes, as small as its live data.
  TMPDIR=$temporary_files java -XX:+UseSerialGC -jar "$jar" >>"$log_dir/$service.log" 2>&1 &
  pids[$service]=$!
}

command -v java >/dev/null || { echo "Java 17 or later is needed: no java command found." >&2; exit 1; }

if $force_build || needs_build; then
  echo "Building the services (./mvnw -B -q -DskipTests package) …"
  ./mvnw -B -q -DskipTests package
fi

for service in "${SERVICES[@]}"; do
  if port_in_use "$(port_of "$service")"; then
    echo "Port $(port_of "$service") for $service is in use: is Borgerstemme already running?" >&2
    exit 1
  fi
done

mkdir -p "$log_dir"
export BORGERSTEMME_DATA_DIR=$data_dir
export MICRONAUT_ENVIRONMENTS=demo
export SURVEY_SERVICE_PORT=$survey_port
export COMPLAINT_SERVICE_PORT=$complaint_port
export GATEWAY_PORT=$gateway_port
export BORGERSTEMME_SURVEY_URL=http://localhost:$survey_port
export BORGERSTEMME_COMPLAINT_URL=http://localhost:$complaint_port
export BORGERSTEMME_GATEWAY_URL=http://localhost:$gateway_port

# The data services first; the gateway, the way in, once they are ready.
start survey-service
start complaint-service
await_ready survey-service complaint-service
start gateway
await_ready gateway

cat <<EOF

Borgerstemme is ready: http://localhost:$gateway_port

Demo sign-ins (http://localhost:$gateway_port/login):

  Username  Role         Organisation  Password
  --------  -----------  ------------  ------------
  anna      ADMIN        slagelse      borgerstemme
  bo        ANALYST      slagelse      borgerstemme
  clara     UNIT_LEADER  slagelse      borgerstemme
  dan       CASEWORKER   slagelse      borgerstemme
  eva       ANALYST      midtjylland   borgerstemme

EOF

# The survey service writes its demo invitation codes on a first start; show a few to try.
codes_file=$data_dir/survey-service/demo-invitation-codes.txt
if [[ -f $codes_file ]]; then
  echo "Answer the demo survey at http://localhost:$gateway_port/o/slagelse/s with one of these codes"
  echo "(each works once; all of them are in $codes_file):"
  echo
  grep $'^slagelse\t' "$codes_file" | head -n 3 | cut -f 3 | sed 's/^/  /'
  echo
  kiosk=$(grep $'^slagelse\t' "$data_dir/survey-service/demo-kiosk-links.txt" 2>/dev/null | head -n 1 | cut -f 3)
  [[ -n $kiosk ]] && echo "A unit's kiosk link for a shared tablet: http://localhost:$gateway_port$kiosk" && echo
fi
echo "Data and logs: $data_dir (kept for the next start). Press Ctrl-C to stop."

# Runs until Ctrl-C, or until a service stops by itself.
wait -n "${pids[@]}" || true
for service in "${SERVICES[@]}"; do
  if ! kill -0 "${pids[$service]}" 2>/dev/null; then
    echo "$service stopped unexpectedly; see $log_dir/$service.log" >&2
  fi
done
exit 1
