#!/usr/bin/env bash
# Chromium comes from Debian's packages, never from a test tool's own download. As root, install
# it when missing; otherwise say how.
set -u
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$CHROMIUM" ] && exit 0
echo "Chromium not found at $CHROMIUM: run \`apt-get update && apt-get install -y chromium\` (as root)" >&2
if [ "$(id -u)" = 0 ]; then
  echo "Running as root: installing it now." >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null || exit 1
  [ -x "$CHROMIUM" ] && exit 0
fi
exit 1
