#!/usr/bin/env bash
# Builds the installer: a jlinked Java runtime with JavaFX, a jpackage app-image, a class-data-sharing
# class list, a smoke check of the image (--self-test) and the native package of this platform.
# Called by `mvn -Pinstaller package` (see pom.xml) after the jar and its dependencies are in place:
#   installer/build.sh <version> <build dir> <jar name>
# Environment: INSTALLER_TYPE overrides the package type (deb, rpm, msi, exe, dmg, pkg, or none).
set -euo pipefail

version=${1:?version}; build=${2:?build dir}; jar=${3:?jar file name}
cd "$(dirname "$0")/.."

app_version=${version%%-*}          # jpackage wants digits and dots: 0.1.0-SNAPSHOT -> 0.1.0
out="$build/installer"
case "$(uname -s)" in
    Linux*) os=linux; natives=lib; default_type=deb ;;
    Darwin*) os=mac; natives=lib; default_type=dmg ;;
    MINGW*|MSYS*|CYGWIN*) os=windows; natives=bin; default_type=msi ;;
    *) echo "unsupported platform $(uname -s)" >&2; exit 1 ;;
esac
type=${INSTALLER_TYPE:-$default_type}
bin() { if [ -n "${JAVA_HOME:-}" ]; then echo "$JAVA_HOME/bin/$1"; else command -v "$1"; fi; }

# Only JavaFX's platform jars are modules jlink can use (the plain ones are empty placeholders).
fx_jars=$(ls "$out"/javafx/javafx-*-{linux,win,mac,mac-aarch64}.jar 2>/dev/null | tr '\n' ' ' || true)
[ -n "$fx_jars" ] || { echo "no JavaFX platform jars in $out/javafx" >&2; exit 1; }
sep=':'; [ $os = windows ] && sep=';'
fx_path=$(echo $fx_jars | tr ' ' "$sep")

# The app stays on the class path (POI ships automatic modules); only the runtime is a module image.
# Module list: jdeps over the dependencies plus the modules their module-info files require.
modules=javafx.controls,java.desktop,java.logging,java.management,java.naming,java.net.http,java.sql,\
java.xml,java.xml.crypto,java.security.jgss,jdk.unsupported,jdk.xml.dom,jdk.charsets,jdk.localedata,jdk.zipfs

rm -rf "$out/runtime" "$out/image" "$out/package" "$out/input"
echo "installer: jlink runtime"
"$(bin jlink)" --module-path "$fx_path" --add-modules "$modules" --output "$out/runtime" \
    --strip-debug --no-header-files --no-man-pages --compress=2 --generate-cds-archive

# JavaFX looks for its native libraries in the runtime first and only then unpacks them from the
# module to ~/.openjfx/cache; putting them where it looks saves that on every start.
for fx_jar in $fx_jars; do
    (cd "$out/runtime/$natives" && unzip -oqj "$fx_jar" '*.so' '*.dll' '*.dylib' 2>/dev/null || true)
done

mkdir -p "$out/input"
cp "$build/$jar" "$out/input/"
cp "$out"/libs/*.jar "$out/input/"

echo "installer: app-image"
"$(bin jpackage)" --type app-image --dest "$out/image" --input "$out/input" --runtime-image "$out/runtime" \
    --main-jar "$jar" --app-version "$app_version" @installer/jpackage/image.args @installer/jpackage/image-$os.args

image=$(ls -d "$out"/image/*)
case $os in
    linux) launcher="$image/bin/CX Maturity Workbook"; appdir="$image/lib/app" ;;
    windows) launcher="$image/CX Maturity Workbook.exe"; appdir="$image/app" ;;
    mac) launcher="$image/Contents/MacOS/CX Maturity Workbook"; appdir="$image/Contents/app" ;;
esac

if [ "$os" = linux ]; then
    # the menu entry's launcher: the same options, without jpackage's per-start package queries
    cp installer/linux/cx-maturity-workbook "$image/bin/"
fi

echo "installer: smoke check"
"$launcher" --self-test
if [ "$os" = linux ]; then
    "$image/bin/cx-maturity-workbook" --self-test
fi

if [ $os = linux ]; then
    # Record which classes a start loads, for the AppCDS archive postinst dumps on the user's machine.
    # The training start goes on to open the first assessment's grid (startupTrace=grid), so the grid's
    # classes are in the archive too and the first Enter on the home is quick as well.
    # Needs a display (xvfb-run stands in for one on a build server); without one the package still
    # works, it only starts without the archive.
    display_run=()
    if [ -z "${DISPLAY:-}" ]; then
        if command -v xvfb-run > /dev/null; then display_run=(xvfb-run -a -s "-screen 0 1600x1000x24"); else display_run=(); fi
    fi
    if [ -n "${DISPLAY:-}" ] || [ ${#display_run[@]} -gt 0 ]; then
        echo "installer: recording the start-up class list"
        rm -f "$out/cds-classes.lst"    # the image path has spaces: JAVA_TOOL_OPTIONS cannot quote
        JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$out/cds-classes.lst -Dcxworkbook.startupTrace=grid" \
            "${display_run[@]}" "$launcher" 2>&1 | grep -v 'Picked up JAVA_TOOL_OPTIONS' || true
        if [ -s "$out/cds-classes.lst" ]; then
            cp "$out/cds-classes.lst" "$appdir/"
        else
            echo "installer: WARNING: no class list recorded" >&2
        fi
    else
        echo "installer: WARNING: no DISPLAY and no xvfb-run: the package will start without an AppCDS archive" >&2
    fi
fi

if [ "$type" != none ]; then
    echo "installer: $type package"
    "$(bin jpackage)" --type "$type" --dest "$out/package" --app-image "$image" \
        --name "CX Maturity Workbook" --app-version "$app_version" @installer/jpackage/package-$os.args
    ls -l "$out/package"
fi
