#!/usr/bin/env bash
# The GitHub Action's step (action.yml): runs `mplan check` on INPUT_PATHS with INPUT_FORMAT.
# Without INPUT_VERSION it builds and runs the action's own copy (no registry needed); with it, that
# version from the npm registry. The exit code is mplan's: 1 on error-level findings fails the job.
set -euo pipefail
set -f # paths are handed to mplan as written, never expanded by the shell
here=$(cd "$(dirname "$0")/.." && pwd)
read -r -d '' -a paths <<<"${INPUT_PATHS:-.}" || true
[ "${#paths[@]}" -gt 0 ] || paths=(.)
format=${INPUT_FORMAT:-github}
if [ -n "${INPUT_VERSION:-}" ]; then
  exec npx --yes "mplan@${INPUT_VERSION}" check --format "$format" -- "${paths[@]}"
fi
if [ ! -f "$here/out/server/src/cli/main.js" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error >&2)
fi
exec node "$here/bin/mplan.js" check --format "$format" -- "${paths[@]}"
