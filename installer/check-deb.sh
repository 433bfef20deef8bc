#!/usr/bin/env bash
# Builds the .deb, installs it on this machine, uses it as a clerk and a script would, and
# removes it again; prints the sizes and first-window times that docs/PERFORMANCE.md records.
# Run as root on Debian 12 (or a derivative), from the repository: bash installer/check-deb.sh
# Needs: xvfb xauth x11-utils imagemagick bc (installed here if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
shot=${1:-target/installer/installed.png}

export DEBIAN_FRONTEND=noninteractive
missing=()
for tool in Xvfb:xvfb xwininfo:x11-utils import:imagemagick bc:bc; do
    command -v "${tool%%:*}" >/dev/null || missing+=("${tool##*:}")
done
if [ ${#missing[@]} -gt 0 ]; then
    apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" xauth >/dev/null
fi

./mvnw -q -Pinstaller package -DskipTests
deb=$(ls target/installer/taizhang_*_amd64.deb)
echo "package:    $deb, $(stat -c %s "$deb" | numfmt --to=iec) ($(stat -c %s "$deb") bytes)"
echo "app image:  $(du -sb target/installer/taizhang | cut -f1 | numfmt --to=iec)"

apt-get install -y -qq "./$deb" >/dev/null
echo "installed:  $(dpkg-query -W -f='${Installed-Size}' taizhang) KiB (dpkg Installed-Size)"
test -x /usr/bin/taizhang
grep -q '^Name=改革任务台账$' /usr/share/applications/taizhang.desktop
grep -q 'application/x-taizhang' /usr/share/applications/taizhang.desktop

# the command line of the installed program
work=$(mktemp -d)
(cd "$work" && taizhang demo 示例.taizhang && taizhang list 示例.taizhang | head -3 && taizhang verify 示例.taizhang)
# as a clerk runs it, not as root: the runtime's own JVM options print no warning (decision 0036)
clerk=$(mktemp -d) && chown nobody "$clerk"
said=$(runuser -u nobody -- env HOME="$clerk" /opt/taizhang/bin/taizhang --version 2>&1)
case "$said" in *ThreadPriorityPolicy*) echo "the installed command line warns: $said" >&2; exit 1;; esac
rm -rf "$clerk"

# the window, twice with a home of its own: the first start unpacks JavaFX's natives
Xvfb :77 -screen 0 1366x768x24 >/dev/null 2>&1 &
xvfb=$!
sleep 1.5
for run in first second; do
    start=$(date +%s.%N)
    DISPLAY=:77 JAVA_TOOL_OPTIONS="-Duser.home=$work" /opt/taizhang/bin/taizhang >"$work/gui.log" 2>&1 &
    app=$!
    for _ in $(seq 1 600); do
        DISPLAY=:77 xwininfo -root -tree 2>/dev/null | grep -q '"改革任务台账' && break
        sleep 0.05
    done
    echo "$run start: window after $(echo "$(date +%s.%N) - $start" | bc | cut -c1-4) s"
    sleep 3
    [ "$run" = first ] && DISPLAY=:77 import -window root "$shot"
    # the JIT's compilers below the window's threads (decision 0036): niceness 19, the FX thread 0
    nice=$(ps -L -o nice=,comm= -p $app | awk '/CompilerThre/ {print $1}' | sort -u | tr '\n' ' ')
    fx=$(ps -L -o nice=,comm= -p $app | awk '/JavaFX Applic/ {print $1}')
    if [ "$nice" != "19 " ] || [ "$fx" != 0 ]; then
        echo "the compilers' niceness: '$nice', the FX thread's: '$fx' (19 and 0 expected)" >&2; exit 1
    fi
    kill $app
    wait $app 2>/dev/null || true
done
kill $xvfb
echo "screenshot: $shot"

apt-get purge -y -qq taizhang >/dev/null
for left in /opt/taizhang /usr/bin/taizhang /usr/share/applications/taizhang.desktop \
        /usr/share/mime/packages/taizhang.xml /usr/share/icons/hicolor/256x256/apps/taizhang.png; do
    if [ -e "$left" ]; then echo "left behind after purge: $left" >&2; exit 1; fi
done
rm -rf "$work"
echo "purged: nothing left behind"
