#!/usr/bin/env bash
# Brings the project's own Node 22 and pinned pnpm when the machine's Node is older,
# then installs the workspace. Sourced by the README commands and .ci/run so that
# `node` and `pnpm` on PATH are the project's, whatever the machine has.
set -euo pipefail
NODE_VERSION=22.23.3
PNPM_VERSION=10.34.9
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools="$root/.tools"

node_major() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ -x "$tools/node_modules/.bin/node" ] && [ -x "$tools/node_modules/.bin/pnpm" ] \
   && [ "$("$tools/node_modules/.bin/node" -v)" = "v$NODE_VERSION" ]; then
  :
elif command -v node >/dev/null && [ "$(node_major node)" -ge 22 ] && command -v pnpm >/dev/null \
   && [ "$(pnpm -v)" = "$PNPM_VERSION" ]; then
  tools=""
else
  echo "toolchain: installing node@$NODE_VERSION and pnpm@$PNPM_VERSION into .tools/" >&2
  mkdir -p "$tools"
  # One install command: a second npm i into the same prefix can drop node's platform binary.
  npm i --prefix "$tools" --no-audit --no-fund --loglevel=error --save-exact \
    "node@$NODE_VERSION" "pnpm@$PNPM_VERSION" >&2
fi
if [ -n "$tools" ]; then export PATH="$tools/node_modules/.bin:$PATH"; fi

if [ ! -f "$root/node_modules/.modules.yaml" ] || [ "$root/pnpm-lock.yaml" -nt "$root/node_modules/.modules.yaml" ]; then
  # CI installs exactly the lockfile; a developer's run may update it.
  if [ -n "${CI:-}" ]; then frozen=--frozen-lockfile; else frozen=--prefer-frozen-lockfile; fi
  (cd "$root" && pnpm install "$frozen" --reporter=append-only >&2)
fi
