#!/usr/bin/env bash
# Builds .local/bin/kafka-mock from kafka-mock.c, only when the source is newer.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
src="$root/tools/kafka-mock/kafka-mock.c"
out="$root/.local/bin/kafka-mock"

if [[ -x "$out" && "$out" -nt "$src" ]]; then
  exit 0
fi
mkdir -p "$(dirname "$out")"
# Build to a temp name then rename, so a concurrent reader never sees half a binary.
gcc -O2 -Wall -Wextra -o "$out.tmp.$$" "$src" $(pkg-config --cflags --libs rdkafka)
mv -f "$out.tmp.$$" "$out"
echo "built $out" >&2
