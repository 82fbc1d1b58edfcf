#!/usr/bin/env bash
# Makes this machine able to build, start and test Homeward without a Docker engine:
# PostgreSQL and Redis binaries, librdkafka (for the Kafka mock), node_modules, the mock
# binary. Idempotent; when everything is present it touches no registry and takes ~1 s.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"

missing=()
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || command -v initdb >/dev/null || missing+=(postgresql)
command -v redis-server >/dev/null || missing+=(redis-server)
command -v pkg-config >/dev/null || missing+=(pkg-config)
command -v gcc >/dev/null || missing+=(gcc)
# The header is what the mock build needs; the -dev package ships it.
[[ -f /usr/include/librdkafka/rdkafka_mock.h ]] || missing+=(librdkafka-dev)
# runuser lets root run PostgreSQL as the unprivileged postgres user.
command -v runuser >/dev/null || missing+=(util-linux)
# The staff pages' browser tests drive Debian's Chromium (nothing may download a browser);
# fonts so that screenshots show text.
command -v chromium >/dev/null || missing+=(chromium)
[[ -d /usr/share/fonts/truetype/liberation ]] || missing+=(fonts-liberation)
# Only to validate docker-compose.yml in a test; either flavour of compose will do.
if ! docker compose version >/dev/null 2>&1 && ! docker-compose version >/dev/null 2>&1; then
  missing+=(docker-compose)
fi

if ((${#missing[@]})); then
  echo "ensure-deps: installing ${missing[*]}" >&2
  sudo=()
  [[ $(id -u) -eq 0 ]] || sudo=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -q
  "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# PostgreSQL refuses to run as root; the Debian package creates this user, but a
# machine that got the binaries some other way may lack it.
if [[ $(id -u) -eq 0 ]] && ! id postgres >/dev/null 2>&1; then
  useradd --system --home-dir /var/lib/postgresql --shell /bin/sh postgres
fi

# npm ci when node_modules is absent or older than the lock file it was built from.
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  echo "ensure-deps: npm ci" >&2
  npm ci --no-audit --no-fund
fi

bash tools/kafka-mock/build.sh
