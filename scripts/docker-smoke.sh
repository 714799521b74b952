#!/usr/bin/env bash
# Docker smoke test: build the image from the real Dockerfile, run it, and check /health, a tool call on both
# providers (JSON and streamed), the inspector page, a scenario from a mounted fixtures folder, and that
# `stop` takes under 2 s.
# Engine: docker when `docker info` answers; otherwise buildah + podman through the repository's own
# scripts/container (or a folder with the same build-image.sh and run-image.sh in $RESPONSES_MOCK_CONTAINER_TOOLS).
# Needs bash, curl and node. Settings: RESPONSES_MOCK_IMAGE (tag to build, default responses-mock:smoke).
set -euo pipefail
shopt -s inherit_errexit

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
IMAGE="${RESPONSES_MOCK_IMAGE:-responses-mock:smoke}"
STOP_LIMIT_MS=2000
HEALTHY_WITHIN_S=30

say() { printf '==> %s\n' "$*"; }
now_ms() { date +%s%3N; }
CONTAINERS=()
CURRENT=""
SCRATCH="$(mktemp -d)"
# The engine's own complaints while running and stopping (podman without systemd logs healthcheck-timer
# errors that do not matter) are kept here and shown only on failure.
ENGINE_LOG="$SCRATCH/engine.log"
fail() {
  printf 'FAIL: %s\n' "$*" >&2
  if [ -s "$ENGINE_LOG" ]; then
    echo "--- container engine messages ---" >&2
    tail -n 20 "$ENGINE_LOG" >&2
  fi
  if [ -n "$CURRENT" ]; then
    echo "--- last container log lines ---" >&2
    engine logs "$CURRENT" 2>&1 | tail -n 40 >&2 || true
  fi
  exit 1
}
cleanup() {
  for id in "${CONTAINERS[@]}"; do engine rm -f "$id" >/dev/null 2>&1 || true; done
  rm -rf "$SCRATCH"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

for tool in curl node; do command -v "$tool" >/dev/null 2>&1 || fail "$tool is required"; done

# --- choose the engine ---------------------------------------------------------------------------------
find_container_tools() {
  if [ -n "${RESPONSES_MOCK_CONTAINER_TOOLS:-}" ]; then
    if [ ! -x "$RESPONSES_MOCK_CONTAINER_TOOLS/build-image.sh" ] || [ ! -x "$RESPONSES_MOCK_CONTAINER_TOOLS/run-image.sh" ]; then
      fail "RESPONSES_MOCK_CONTAINER_TOOLS=$RESPONSES_MOCK_CONTAINER_TOOLS has no executable build-image.sh and run-image.sh"
    fi
    (cd "$RESPONSES_MOCK_CONTAINER_TOOLS" && pwd)
    return
  fi
  echo "$ROOT/scripts/container"
}

if command -v docker >/dev/null 2>&1 && timeout 30 docker info >/dev/null 2>&1; then
  ENGINE=docker
  # The Dockerfile's default base (its NODE_VERSION), to tell what the app adds to it.
  BASE_IMAGE="node:$(sed -n 's/^ARG NODE_VERSION=//p' "$ROOT/Dockerfile")-bookworm-slim"
  say "engine: docker ($(docker version --format '{{.Server.Version}}' 2>/dev/null || echo '?'))"
  build_image() { docker build -t "$IMAGE" "$ROOT"; }
  # run_container PORT [run options...]: the image keeps its own port 8080, published on 127.0.0.1:PORT.
  run_container() { local port="$1"; shift; docker run -d -p "127.0.0.1:$port:8080" "$@" "$IMAGE"; }
else
  ENGINE=podman
  TOOLS="$(find_container_tools)"
  # Without Docker Hub the base is a local stand-in with this machine's Node (scripts/container), given to the
  # Dockerfile as its NODE_IMAGE.
  BASE_IMAGE="${RESPONSES_MOCK_BASE_TAG:-docker.io/library/node:$(node -p 'process.versions.node.split(".")[0]')-bookworm-slim}"
  say "engine: buildah + podman (no Docker engine answers), tools from $TOOLS, base $BASE_IMAGE"
  # Docker format keeps HEALTHCHECK (OCI drops it); layers make a rebuild quick. Both read by buildah itself.
  build_image() { BUILDAH_FORMAT=docker BUILDAH_LAYERS=true RESPONSES_MOCK_BASE_TAG="$BASE_IMAGE" "$TOOLS/build-image.sh" "$ROOT" "$IMAGE"; }
  # Host networking: the server listens on PORT directly.
  run_container() { local port="$1"; shift; "$TOOLS/run-image.sh" "$IMAGE" -e "PORT=$port" --log-driver k8s-file "$@"; }
fi
engine() { "$ENGINE" "$@"; }

free_port() { node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })'; }

# start_container [run options...]: runs the image on a free port, waits for /health; sets PORT and CURRENT.
start_container() {
  PORT="$(free_port)"
  local started id
  started="$(now_ms)"
  id="$(run_container "$PORT" "$@" 2>>"$ENGINE_LOG")" || fail "could not start the container"
  CURRENT="${id:0:12}"
  CONTAINERS+=("$CURRENT")
  until curl -fsS --max-time 2 -o /dev/null "http://127.0.0.1:$PORT/health" 2>/dev/null; do
    [ "$(engine inspect -f '{{.State.Running}}' "$CURRENT")" = true ] || fail "the container exited before answering /health"
    (( $(now_ms) - started < HEALTHY_WITHIN_S * 1000 )) || fail "no answer on /health within ${HEALTHY_WITHIN_S} s"
    sleep 0.1
  done
  STARTED_MS=$(( $(now_ms) - started ))
}

# stop_container: `stop` must take under STOP_LIMIT_MS and end with exit code 0 (SIGTERM handled, no SIGKILL).
stop_container() {
  local started code
  started="$(now_ms)"
  engine stop -t 10 "$CURRENT" >/dev/null 2>>"$ENGINE_LOG" || fail "stop failed"
  STOPPED_MS=$(( $(now_ms) - started ))
  code="$(engine inspect -f '{{.State.ExitCode}}' "$CURRENT")"
  [ "$code" = 0 ] || fail "the server exited with code $code after SIGTERM"
  (( STOPPED_MS < STOP_LIMIT_MS )) || fail "stopping took ${STOPPED_MS} ms (limit ${STOP_LIMIT_MS} ms)"
  CURRENT=""
}

# --- requests and assertions -----------------------------------------------------------------------------
# tool_request MODEL STREAM → a request that should make the mock call get_weather.
tool_request() {
  printf '{"model":"%s","stream":%s,"input":"What is the weather in Paris?","tools":[{"type":"function","name":"get_weather","description":"Current weather for a city","parameters":{"type":"object","properties":{"city":{"type":"string"}},"required":["city"],"additionalProperties":false}}]}' "$1" "$2"
}

# post PATH BODY NAME [curl options...]: POST to the running container; the answer lands in $SCRATCH/NAME.body
# and its headers in $SCRATCH/NAME.headers; anything but 200 fails.
post() {
  local path="$1" body="$2" name="$3" status
  shift 3
  status="$(curl -sS -N --max-time 20 -o "$SCRATCH/$name.body" -D "$SCRATCH/$name.headers" -w '%{http_code}' \
    -H 'content-type: application/json' --data-binary "$body" "$@" "http://127.0.0.1:$PORT$path")" \
    || fail "$name: POST $path failed"
  [ "$status" = 200 ] || fail "$name: POST $path answered $status: $(head -c 600 "$SCRATCH/$name.body")"
}

# expect_json NAME JS-EXPRESSION DESCRIPTION: the expression, over the parsed body `b`, must be true.
expect_json() {
  node -e 'const b = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); process.exit(eval(process.argv[2]) ? 0 : 1)' \
    "$SCRATCH/$1.body" "$2" 2>/dev/null || fail "$1: expected $3; got $(head -c 600 "$SCRATCH/$1.body")"
}
has_weather_call='Array.isArray(b.output) && b.output.some((item) => item.type === "function_call" && item.name === "get_weather")'

# expect_in FILE FIXED-STRING DESCRIPTION: $SCRATCH/FILE (NAME.body or NAME.headers) must contain the string.
expect_in() {
  grep -qiF -- "$2" "$SCRATCH/$1" || fail "${1%.*}: expected $3; got $(head -c 600 "$SCRATCH/$1")"
}

# --- build ----------------------------------------------------------------------------------------------
say "building $IMAGE from $ROOT/Dockerfile"
build_started="$(now_ms)"
build_image || fail "the image did not build"
BUILD_MS=$(( $(now_ms) - build_started ))
IMAGE_BYTES="$(engine image inspect -f '{{.Size}}' "$IMAGE")"
BASE_BYTES="$(engine image inspect -f '{{.Size}}' "$BASE_IMAGE" 2>/dev/null || echo 0)"
mb() { awk -v b="$1" 'BEGIN { printf "%.1f MB", b / 1000000 }'; }
say "built in $(( BUILD_MS / 1000 )) s; image size $(mb "$IMAGE_BYTES") (base $BASE_IMAGE $(mb "$BASE_BYTES"), added $(mb $(( IMAGE_BYTES - BASE_BYTES ))))"

# --- run and check --------------------------------------------------------------------------------------
start_container
START_MS="$STARTED_MS"
say "container $CURRENT healthy on port $PORT in ${START_MS} ms"

curl -fsS --max-time 5 -o "$SCRATCH/health.body" "http://127.0.0.1:$PORT/health" || fail "GET /health failed"
expect_json health 'b.status === "ok" && typeof b.version === "string"' '{"status":"ok","version":...}'
uid="$(engine exec "$CURRENT" node -p 'process.getuid()')" || fail "exec in the container failed"
[ "$uid" != 0 ] || fail "the server runs as root"
# Only what runs: the bundled dist/ (no node_modules, source maps or type declarations), fixtures and ui/.
extra="$(engine exec "$CURRENT" find /app -name node_modules -o -name '*.map' -o -name '*.d.ts' -o -name '*.md' -o -name src -o -name test)"
[ -z "$extra" ] || fail "the image holds files nothing runs: $extra"
if [ "$ENGINE" = podman ]; then
  podman healthcheck run "$CURRENT" >/dev/null || fail "the image's HEALTHCHECK does not pass"
else
  for _ in $(seq 1 60); do
    health="$(docker inspect -f '{{if .State.Health}}{{.State.Health.Status}}{{else}}none{{end}}' "$CURRENT")"
    [ "$health" = starting ] || break
    sleep 0.5
  done
  [ "$health" = healthy ] || fail "the image's HEALTHCHECK reports '$health'"
fi
say "ok: /health, runs as uid $uid, HEALTHCHECK passes"

post /api/v1/responses "$(tool_request openai/gpt-4o-mini false)" openrouter-json
expect_json openrouter-json "$has_weather_call" 'a function_call item named get_weather'
post /v1/responses "$(tool_request gpt-4o-mini false)" openai-json
expect_json openai-json "$has_weather_call" 'a function_call item named get_weather'
say "ok: non-streaming tool calls on /api/v1/responses and /v1/responses"

post /api/v1/responses "$(tool_request openai/gpt-4o-mini true)" openrouter-sse
expect_in openrouter-sse.headers 'content-type: text/event-stream' 'a text/event-stream content type'
expect_in openrouter-sse.body 'response.completed' 'a response.completed event'
expect_in openrouter-sse.body 'data: [DONE]' 'the data: [DONE] terminator'
expect_in openrouter-sse.body 'get_weather' 'the get_weather call in the stream'
post /v1/responses "$(tool_request gpt-4o-mini true)" openai-sse
expect_in openai-sse.headers 'content-type: text/event-stream' 'a text/event-stream content type'
expect_in openai-sse.body 'event: response.completed' 'an event: response.completed line'
expect_in openai-sse.body 'get_weather' 'the get_weather call in the stream'
say "ok: streamed tool calls on both paths"

for file in ui ui/app.js; do
  curl -fsS --max-time 5 -o "$SCRATCH/inspector.body" "http://127.0.0.1:$PORT/__mock/$file" || fail "GET /__mock/$file failed"
done
curl -fsS --max-time 5 "http://127.0.0.1:$PORT/__mock/ui" | grep -q 'responses-mock inspector' || fail "the inspector page is not served"
say "ok: the inspector's page and files are in the image"

stop_container
say "ok: stopped in ${STOPPED_MS} ms with exit code 0"
STOP_MS="$STOPPED_MS"

# --- scenario from mounted fixtures --------------------------------------------------------------------
fixtures="$SCRATCH/fixtures"
mkdir -p "$fixtures"
cat >"$fixtures/smoke-weather.yaml" <<'YAML'
scenarios:
  smoke-weather:
    description: Docker smoke test - always calls get_weather for Smokeville.
    rules:
      - respond:
          calls:
            - name: get_weather
              arguments: { city: Smokeville }
        times: always
YAML
# The server runs as uid 1000: the mounted folder must be readable by others.
chmod 0755 "$SCRATCH" "$fixtures" && chmod 0644 "$fixtures"/*
start_container -v "$fixtures:/fixtures:ro" -e RESPONSES_MOCK_FIXTURES=/fixtures
engine exec "$CURRENT" cat /fixtures/smoke-weather.yaml >/dev/null || fail "the server's user cannot read the mounted fixtures"
post /api/v1/responses "$(tool_request openai/gpt-4o-mini false)" scenario -H 'x-mock-scenario: smoke-weather'
expect_json scenario "$has_weather_call"' && b.output.some((item) => String(item.arguments).includes("Smokeville"))' \
  'the scripted get_weather call for Smokeville'
stop_container
say "ok: scenario smoke-weather from a mounted fixtures folder"

say "PASS  image $(mb "$IMAGE_BYTES") | build $(( BUILD_MS / 1000 )) s | start to healthy ${START_MS} ms | stop ${STOP_MS} ms"
