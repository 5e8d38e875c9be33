#!/usr/bin/env bash
# The Debian packages as a user gets them: `cpack -G DEB` in the build folder (into a scratch
# folder), then each package's control fields, maintainer scripts and files, the desktop entry and
# AppStream metainfo through their validators, lintian (no errors), and the application extracted
# with dpkg-deb started from there: --version, and a first paint under the offscreen platform.
# Usage: TestDebianPackages.sh BUILD_DIR. Exits 77 (skipped) where the Debian tools are missing.
set -euo pipefail

build=${1:?usage: TestDebianPackages.sh BUILD_DIR}
for tool in cpack dpkg-deb dpkg-shlibdeps; do
    if ! command -v "$tool" >/dev/null; then
        echo "SKIP: $tool is not installed"
        exit 77
    fi
done

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

(cd "$build" && cpack -G DEB -B "$scratch/out" >"$scratch/cpack.log" 2>&1) || {
    cat "$scratch/cpack.log"
    echo "FAIL: cpack -G DEB"
    exit 1
}
app=$(ls "$scratch"/out/dnd-tracker_*.deb)
server=$(ls "$scratch"/out/dnd-tracker-server_*.deb)

# Control fields: the library scan found Qt, the plugins loaded at run time are named by hand.
field() { dpkg-deb -f "$1" "$2"; }
[[ $(field "$app" Package) == dnd-tracker ]] || fail "app package name"
[[ $(field "$server" Package) == dnd-tracker-server ]] || fail "server package name"
for dependency in libqt6widgets6 libqt6sql6-sqlite qt6-qpa-plugins libqrencode4; do
    field "$app" Depends | grep -q "$dependency" || fail "dnd-tracker does not depend on $dependency"
done
for dependency in libqt6httpserver6 adduser; do
    field "$server" Depends | grep -q "$dependency" || fail "dnd-tracker-server does not depend on $dependency"
done

# Files each package must carry.
dpkg-deb -c "$app" | awk '{print $6}' | sed 's|^\./|/|' >"$scratch/app.files"
dpkg-deb -c "$server" | awk '{print $6}' | sed 's|^\./|/|' >"$scratch/server.files"
expect() {
    local list=$1 path=$2
    grep -qx "$path" "$scratch/$list.files" || fail "$list package lacks $path"
}
for path in /usr/bin/dnd-tracker /usr/bin/dnd-tracker-cli \
    /usr/share/applications/org.dndtracker.Tracker.desktop \
    /usr/share/metainfo/org.dndtracker.Tracker.metainfo.xml \
    /usr/share/mime/packages/dnd-tracker.xml \
    /usr/share/icons/hicolor/scalable/apps/org.dndtracker.Tracker.svg \
    /usr/share/icons/hicolor/48x48/apps/org.dndtracker.Tracker.png \
    /usr/share/icons/hicolor/256x256/apps/org.dndtracker.Tracker.png \
    /usr/share/man/man1/dnd-tracker.1.gz /usr/share/man/man1/dnd-tracker-cli.1.gz \
    /usr/share/doc/dnd-tracker/copyright /usr/share/doc/dnd-tracker/changelog.gz \
    /usr/share/doc/dnd-tracker/roll20/dnd-tracker-turnorder.js; do
    expect app "$path"
done
for path in /usr/bin/dnd-tracker-server /usr/share/man/man8/dnd-tracker-server.8.gz \
    /lib/systemd/system/dnd-tracker-server.service /etc/dnd-tracker-server/env \
    /usr/share/dnd-tracker-server/plans.json \
    /usr/share/doc/dnd-tracker-server/examples/nginx-dnd-tracker.conf \
    /usr/share/doc/dnd-tracker-server/copyright; do
    expect server "$path"
done
# Nothing of one package in the other, and no build or test files in either.
grep -q dnd-tracker-server "$scratch/app.files" && fail "the app package carries service files"
grep -Eq '/usr/bin/dnd-tracker(-cli)?$' "$scratch/server.files" && fail "the service package carries the app"
grep -Eiq 'test|\.a$|/include/' "$scratch/app.files" "$scratch/server.files" && fail "build or test files packaged"

# The service's maintainer scripts create its user; its settings are a conffile.
mkdir "$scratch/control"
dpkg-deb -e "$server" "$scratch/control"
grep -q 'adduser --system' "$scratch/control/postinst" || fail "postinst creates no system user"
grep -qx /etc/dnd-tracker-server/env "$scratch/control/conffiles" || fail "the settings are not a conffile"

# The application extracted as a user would find it.
dpkg-deb -x "$app" "$scratch/root"
dpkg-deb -x "$server" "$scratch/root"
grep -qx 'User=dnd-tracker-server' "$scratch/root/lib/systemd/system/dnd-tracker-server.service" ||
    fail "the unit does not run as the system user"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$scratch/root/usr/share/applications/org.dndtracker.Tracker.desktop" ||
        fail "desktop-file-validate"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$scratch/root/usr/share/metainfo/org.dndtracker.Tracker.metainfo.xml" ||
        fail "appstreamcli validate"
fi
export QT_QPA_PLATFORM=offscreen HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/home/config"
mkdir -p "$HOME"
version=$("$scratch/root/usr/bin/dnd-tracker" --version) || fail "dnd-tracker --version"
[[ $version == *"$(field "$app" Version)"* ]] || fail "dnd-tracker --version says '$version'"
"$scratch/root/usr/bin/dnd-tracker-cli" --version >/dev/null || fail "dnd-tracker-cli --version"
timeout 60 "$scratch/root/usr/bin/dnd-tracker" --data-dir "$scratch/data" --exit-after-first-paint ||
    fail "dnd-tracker did not paint and quit"
[[ -f $scratch/data/tracker.sqlite3 ]] || fail "the first start made no store"
"$scratch/root/usr/bin/dnd-tracker-server" --help >/dev/null || fail "dnd-tracker-server --help"

if command -v lintian >/dev/null; then
    for package in "$app" "$server"; do
        lintian --fail-on error "$package" || fail "lintian reports errors on $(basename "$package")"
    done
else
    echo "lintian is not installed; its check was left out"
fi

if ((failures > 0)); then
    echo "$failures check(s) failed"
    exit 1
fi
echo "Both packages passed"
