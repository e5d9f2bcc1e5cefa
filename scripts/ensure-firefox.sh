#!/usr/bin/env bash
# Firefox comes from Debian's packages (firefox-esr), never from a test tool's own download. As
# root, install it when missing; otherwise say how.
set -u
FIREFOX="${FIREFOX_PATH:-/usr/bin/firefox-esr}"
[ -x "$FIREFOX" ] && exit 0
echo "Firefox not found at $FIREFOX: run \`apt-get update && apt-get install -y firefox-esr\` (as root)" >&2
if [ "$(id -u)" = 0 ]; then
  echo "Running as root: installing it now." >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr >/dev/null || exit 1
  [ -x "$FIREFOX" ] && exit 0
fi
exit 1
