#!/usr/bin/env bash
# curl against responses-mock: a tool call on each base path, and a stream.
# Run: MOCK_URL=http://127.0.0.1:8080 bash examples/clients/curl.sh
set -euo pipefail
URL="${MOCK_URL:-http://127.0.0.1:8080}"
TOOLS='[{"type":"function","name":"get_weather","description":"Get the current weather for a city","parameters":{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}}]'

# OpenRouter path: gen-… response id, fc_tmp_… item ids.
curl -sS "$URL/api/v1/responses" -H 'content-type: application/json' \
  -d '{"model":"openai/gpt-4o-mini","input":"What is the weather in Paris?","tools":'"$TOOLS"'}' | grep -o '"arguments":"[^}]*}"'

# OpenAI path: resp_… ids, stored by default (GET /v1/responses/{id} returns it again).
curl -sS "$URL/v1/responses" -H 'content-type: application/json' \
  -d '{"model":"gpt-4o-mini","input":"What is the weather in Paris?","tools":'"$TOOLS"'}' | grep -o '"id":"resp_[0-9a-f]*"'

# A stream: data-only frames ending with [DONE] on the OpenRouter path.
curl -sSN "$URL/api/v1/responses" -H 'content-type: application/json' \
  -d '{"model":"openai/gpt-4o-mini","input":"Reply exactly with: Hello!","stream":true}' | grep -E '^data: \[DONE\]$'

# A history error, as OpenRouter documents it: the tool output has no id.
curl -sS "$URL/api/v1/responses" -H 'content-type: application/json' \
  -d '{"model":"openai/gpt-4o-mini","tools":'"$TOOLS"',"input":[{"role":"user","content":"weather?"},{"type":"function_call","id":"fc_1","call_id":"call_1","name":"get_weather","arguments":"{}"},{"type":"function_call_output","call_id":"call_1","output":"sunny"}]}' \
  | grep -o "Missing required parameter: 'input\[2\].id'" | sort -u
