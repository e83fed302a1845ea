#!/usr/bin/env bash
# Builds Study Companion's native installer for the system it runs on:
#   Linux → .deb, Windows (Git Bash) → .msi (needs the WiX Toolset), macOS → .dmg
# and leaves the app-image and the installer in target/dist/.
#
#   packaging/build-installer.sh [--skip-build] [--no-aot] [--image-only] [--jdk DIR]
#
#   --skip-build  use the jar and target/lib/ left by an earlier './mvnw package'
#   --image-only  stop after the app-image (no installer): for start-up measurements
#   --no-aot      no training run: no AOT cache (JDK 25+) / start-up CDS archive (JDK 17–24); slower start
#   --jdk DIR     the JDK whose jlink/jpackage build the runtime (also PACKAGING_JDK=DIR); default: the
#                 first JDK 25+ among JAVA_HOME, java on PATH and /usr/lib/jvm/*25*, else JAVA_HOME or
#                 java on PATH (17+). packaging/README.md explains why 25 is preferred.
#
# Steps: Maven package → JavaFX platform jars turned into jmods (native libraries in the jmod's lib
# section) → jlink'd runtime (fixed module list, checked against jdeps) → jpackage app-image (the other
# jars on the class path) → smoke test → training run (under Xvfb on Linux) that writes the AOT cache into
# the image (JDK 25+) or the start-up classes into the runtime's CDS archive (JDK 17–24) → installer.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd -W 2>/dev/null || pwd)   # Git Bash: C:/… so that Java tools understand it

die() { echo "build-installer: $*" >&2; exit 1; }
note() { echo "==> $*"; }

SKIP_BUILD=0
TRAIN=1
INSTALLER=1
while [ $# -gt 0 ]; do
  case $1 in
    --skip-build) SKIP_BUILD=1 ;;
    --no-aot) TRAIN=0 ;;
    --image-only) INSTALLER=0 ;;
    --jdk) [ $# -ge 2 ] || die "--jdk needs a directory"; PACKAGING_JDK=$2; shift ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    *) die "unknown option $1 (see --help)" ;;
  esac
  shift
done

case "$(uname -s)" in
  Linux*) OS=linux; TYPE=deb; SEP=: ;;
  Darwin*) OS=macos; TYPE=dmg; SEP=: ;;
  MINGW*|MSYS*|CYGWIN*) OS=windows; TYPE=msi; SEP=';' ;;
  *) die "unsupported system $(uname -s)" ;;
esac
EXE=; [ $OS = windows ] && EXE=.exe

java_feature() { "$1/bin/java$EXE" -version 2>&1 | sed -n '1s/.*version "\([0-9]*\).*/\1/p'; }
home_of_path_java() { java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.home = //p'; }

# --- The JDK that builds the runtime ----------------------------------------------------------------
if [ -z "${PACKAGING_JDK:-}" ]; then
  for candidate in "${JAVA_HOME:-}" "$(home_of_path_java)" /usr/lib/jvm/temurin-25-jdk-* /usr/lib/jvm/*25*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/jlink$EXE" ] || continue
    [ "$(java_feature "$candidate")" -ge 25 ] 2>/dev/null && { PACKAGING_JDK=$candidate; break; }
  done
  PACKAGING_JDK=${PACKAGING_JDK:-${JAVA_HOME:-$(home_of_path_java)}}
fi
JDK=$PACKAGING_JDK
[ -x "$JDK/bin/jpackage$EXE" ] || die "no jpackage in $JDK/bin (set PACKAGING_JDK to a full JDK 17+)"
FEATURE=$(java_feature "$JDK")
[ "$FEATURE" -ge 17 ] || die "$JDK is Java $FEATURE; 17 or newer is needed"
note "runtime from $JDK (Java $FEATURE)"
[ "$FEATURE" -ge 25 ] || echo "    note: Java $FEATURE has no AOT cache: only the JDK and JavaFX classes are archived (CDS); see packaging/README.md"

# --- 1. Maven build ---------------------------------------------------------------------------------
if [ $SKIP_BUILD = 0 ]; then
  note "./mvnw -q -B package -DskipTests"
  ./mvnw -q -B package -DskipTests
fi
[ -f target/study-companion.jar ] || die "target/study-companion.jar missing: run './mvnw package' first"
VERSION=$(sed -n 's/^version=//p' target/maven-archiver/pom.properties | tr -d '\r')
APP_VERSION=${VERSION%%-*}     # jpackage wants digits and dots: 0.1.0-SNAPSHOT → 0.1.0

W=target/packaging             # scratch space
DIST=target/dist
IMAGE_NAME=StudyCompanion
case $OS in
  macos) IMAGE=$DIST/$IMAGE_NAME.app; APPDIR=$IMAGE/Contents/app; RUNTIME_HOME=$IMAGE/Contents/runtime/Contents/Home
         LAUNCHER=$IMAGE/Contents/MacOS/$IMAGE_NAME ;;
  windows) IMAGE=$DIST/$IMAGE_NAME; APPDIR=$IMAGE/app; RUNTIME_HOME=$IMAGE/runtime; LAUNCHER=$IMAGE/$IMAGE_NAME.exe ;;
  *) IMAGE=$DIST/$IMAGE_NAME; APPDIR=$IMAGE/lib/app; RUNTIME_HOME=$IMAGE/lib/runtime; LAUNCHER=$IMAGE/bin/$IMAGE_NAME ;;
esac
rm -rf "$W" "$DIST"
mkdir -p "$W/jmods" "$W/input/native" "$W/x" "$DIST"

# --- 2. Split the run-time class path: JavaFX platform jars → jmods, everything else → --input ---------
# Only what the jar's manifest lists (target/lib/ may hold stale jars from older builds).
(cd "$W/x" && "$JDK/bin/jar$EXE" xf "$ROOT/target/study-companion.jar" META-INF/MANIFEST.MF)
CLASS_PATH=$(tr -d '\r' <"$W/x/META-INF/MANIFEST.MF" |
  awk '/^Class-Path:/ { cp = substr($0, 13); on = 1; next } on && /^ / { cp = cp substr($0, 2); next } { on = 0 }
       END { print cp }')
[ -n "$CLASS_PATH" ] || die "no Class-Path in target/study-companion.jar's manifest"
# The main jar without its manifest Class-Path (which points at lib/, not used in the image; the launcher
# lists every jar of the app folder itself).
mkdir -p "$W/x/main"
(cd "$W/x/main" && "$JDK/bin/jar$EXE" xf "$ROOT/target/study-companion.jar")
tr -d '\r' <"$W/x/main/META-INF/MANIFEST.MF" |
  awk '/^Class-Path:/ { skip = 1; next } skip && /^ / { next } { skip = 0; print }' >"$W/x/MANIFEST.MF"
rm "$W/x/main/META-INF/MANIFEST.MF"
"$JDK/bin/jar$EXE" --create --file "$W/input/study-companion.jar" --manifest "$W/x/MANIFEST.MF" -C "$W/x/main" .

FX_MODULES=()
for entry in $CLASS_PATH; do
  jar=target/$entry
  name=$(basename "$jar")
  [ -f "$jar" ] || die "$jar (from the manifest) is missing"
  case $name in
    javafx-*)
      described=$("$JDK/bin/jar$EXE" --describe-module --file "$jar" 2>/dev/null | head -1)
      case $described in
        javafx.*@*) ;;
        *) continue ;;   # the empty per-module jar; its platform jar (-linux, -win, -mac…) holds the module
      esac
      module=${described%%@*}
      fxversion=${described#*@}; fxversion=${fxversion%% *}
      mkdir -p "$W/x/$module/classes" "$W/x/$module/libs"
      (cd "$W/x/$module/classes" && "$JDK/bin/jar$EXE" xf "$ROOT/$jar")
      find "$W/x/$module/classes" -maxdepth 1 \( -name '*.so' -o -name '*.dylib' -o -name '*.dll' \) \
        -exec mv {} "$W/x/$module/libs/" \;
      rm -rf "$W/x/$module/classes/META-INF/MANIFEST.MF" "$W/x/$module/classes/javafx-swt.jar"
      "$JDK/bin/jmod$EXE" create --class-path "$W/x/$module/classes" --libs "$W/x/$module/libs" \
        --module-version "$fxversion" "$W/jmods/$module.jmod"
      FX_MODULES+=("$module")
      ;;
    sqlite-jdbc-*)
      # Ship only this platform's SQLite native library, beside the jars, and load it from there
      # (-Dorg.sqlite.lib.path in the <os>-app.args): no copy into the temp folder on every start.
      case "$OS/$(uname -m)" in
        linux/x86_64) native=Linux/x86_64/libsqlitejdbc.so ;;
        linux/aarch64) native=Linux/aarch64/libsqlitejdbc.so ;;
        macos/arm64) native=Mac/aarch64/libsqlitejdbc.dylib ;;
        macos/x86_64) native=Mac/x86_64/libsqlitejdbc.dylib ;;
        windows/*) native=Windows/x86_64/sqlitejdbc.dll ;;
        *) die "no SQLite native library mapping for $OS/$(uname -m)" ;;
      esac
      mkdir -p "$W/x/sqlite"
      (cd "$W/x/sqlite" && "$JDK/bin/jar$EXE" xf "$ROOT/$jar")
      cp "$W/x/sqlite/org/sqlite/native/$native" "$W/input/native/"
      rm -rf "$W/x/sqlite/org/sqlite/native"
      "$JDK/bin/jar$EXE" --create --file "$W/input/$name" --manifest "$W/x/sqlite/META-INF/MANIFEST.MF" \
        -C "$W/x/sqlite" . 2>/dev/null ||
        { rm -f "$W/input/$name"; cp "$jar" "$W/input/"; }
      ;;
    *) cp "$jar" "$W/input/" ;;
  esac
done
[ ${#FX_MODULES[@]} -gt 0 ] || die "no JavaFX platform jars on the class path"

# --- 3. jlink: the JDK modules the app needs plus the JavaFX modules ------------------------------------
MODULES=$(grep -v '^#' packaging/jlink/modules.txt | tr -s ' \r\n' ',' | sed 's/^,//; s/,$//')
# jdeps guards the fixed list: a new dependency on a JDK module must be added to modules.txt.
FX_JARS=$(for e in $CLASS_PATH; do case $e in */javafx-*) "$JDK/bin/jar$EXE" --describe-module --file "target/$e" 2>/dev/null |
  grep -q '^javafx\.' && echo "target/$e";; esac; done | paste -sd "$SEP" -)
APP_JARS=$(find "$W/input" -maxdepth 1 -name '*.jar' | sort)
NEEDED=$("$JDK/bin/jdeps$EXE" -q --multi-release 17 --ignore-missing-deps --print-module-deps \
  --module-path "$FX_JARS" --class-path "$(echo "$APP_JARS" | paste -sd "$SEP" -)" $APP_JARS 2>/dev/null | tail -1 || true)
for m in ${NEEDED//,/ }; do
  case $m in java.*|jdk.*) ;; *) continue ;; esac
  case ",$MODULES," in *",$m,"*) ;; *)
    [ "$m" = jdk.jfr ] || echo "    warning: jdeps says the app uses $m, which packaging/jlink/modules.txt leaves out" ;;
  esac
done
note "jlink ($MODULES)"
JMODS=
[ -d "$JDK/jmods" ] && JMODS="$JDK/jmods$SEP"   # JDK 24+ builds may link from the run-time image instead
"$JDK/bin/jlink$EXE" --module-path "$JMODS$W/jmods" --add-modules "$MODULES" @packaging/jlink/jlink.args \
  --generate-cds-archive --output "$W/runtime"
# The archive for heaps over 32 GB (no compressed oops) is of no use to this app.
rm -f "$W/runtime/lib/server/classes_nocoops.jsa"

# --- Training runs ----------------------------------------------------------------------------------------
# train JAVA CLASSPATH [JVM options…]: starts the app on a throw-away data folder (under a private Xvfb on
# Linux when there is no DISPLAY), waits until its first screen is ready plus PACKAGING_TRAIN_SECONDS
# (default 4: background loading settles), then stops it with SIGTERM; the JVM writes what the options ask
# for on its way out.
train() {
  local java=$1 cp=$2 data xpid= pid n waited=0; shift 2
  data=$(mktemp -d)
  if [ $OS = linux ] && [ -z "${DISPLAY:-}" ]; then
    command -v Xvfb >/dev/null || die "the training run needs a display: install Xvfb or use --no-aot"
    for n in $(seq 70 99); do [ -e /tmp/.X$n-lock ] || break; done
    Xvfb ":$n" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 & xpid=$!
    for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.1; done
  fi
  ${xpid:+env DISPLAY=:$n} STUDY_COMPANION_DATA_DIR="$data/data" STUDY_COMPANION_READY_MARKER=1 \
    "$java" "$@" -cp "$cp" io.studycompanion.Main >"$data/out" 2>"$data/err" &
  pid=$!
  until grep -q '^STUDY_COMPANION_READY' "$data/out" 2>/dev/null; do
    if ! kill -0 $pid 2>/dev/null || [ $waited -ge 600 ]; then
      cat "$data/err" >&2; kill $pid 2>/dev/null; [ -n "$xpid" ] && kill $xpid; rm -rf "$data"
      die "the training run never showed its window"
    fi
    sleep 0.2; waited=$((waited + 1))
  done
  sleep "${PACKAGING_TRAIN_SECONDS:-4}"
  # A normal JVM exit writes the archive: SIGTERM runs the shutdown; on Windows, taskkill without /F
  # closes the window (Git Bash's kill would terminate the process without an exit).
  if [ $OS = windows ]; then taskkill //PID "$(cat /proc/$pid/winpid)" >/dev/null; else kill -TERM $pid; fi
  wait $pid 2>/dev/null || true     # JDK 25: the AOT cache is assembled here, in a child JVM
  if [ -n "$xpid" ]; then kill $xpid; wait $xpid 2>/dev/null || true; fi
  rm -rf "$data"
}

# The java options that depend on the JDK (the args files hold the rest).
JAVA_OPTS=()
if [ "$FEATURE" -ge 24 ]; then
  # JavaFX and sqlite-jdbc load native code; JavaFX 21's Marlin renderer uses sun.misc.Unsafe memory access.
  JAVA_OPTS+=(--java-options "--enable-native-access=javafx.graphics,ALL-UNNAMED"
              --java-options "--sun-misc-unsafe-memory-access=allow")
fi

# --- 4. JDK 17–24: start-up classes into the runtime's own CDS archive -------------------------------------
# An AppCDS archive of the app's jars would name their absolute paths, and JDK 17 refuses it once the
# image is installed anywhere else (/opt/…): no relocation before JDK 20. So the archive holds what does
# not move: every JDK and JavaFX class the start-up loads (the classes of the runtime's modules file),
# written over the runtime's default CDS archive (lib/server/classes.jsa), which the JVM maps by itself.
if [ $TRAIN = 1 ] && [ "$FEATURE" -lt 25 ]; then
  note "training run → class list → $W/runtime/lib/server/classes.jsa"
  cp_input=$( (echo "$W/input/study-companion.jar"; find "$W/input" -maxdepth 1 -name '*.jar' ! -name study-companion.jar | sort) |
    paste -sd "$SEP" -)
  train "$W/runtime/bin/java$EXE" "$cp_input" -XX:DumpLoadedClassList="$W/classlist" \
    "-Dorg.sqlite.lib.path=$ROOT/$W/input/native" "-Dorg.sqlite.lib.name=$(ls "$W/input/native")"
  # Only classes of the runtime image; the app's own (class path) would be looked for and skipped.
  grep -E '^((@lambda-proxy )?(java|javax|jdk|sun|com/sun|javafx|org/w3c|org/xml)/|@lambda-form-invoker)' \
    "$W/classlist" >"$W/classlist.runtime" || true
  "$W/runtime/bin/java$EXE" -Xshare:dump -XX:SharedClassListFile="$W/classlist.runtime" \
    -XX:SharedArchiveFile="$W/runtime/lib/server/classes.jsa" >"$W/cds-dump.log" 2>&1 ||
    { cat "$W/cds-dump.log" >&2; die "CDS dump failed"; }
fi

# --- 5. jpackage app-image; JDK 25+: AOT cache from a training run of the image ------------------------------
if [ $TRAIN = 1 ] && [ "$FEATURE" -ge 25 ]; then
  JAVA_OPTS+=(--java-options "-XX:AOTCache=\$APPDIR/study-companion.aot")
fi
note "jpackage --type app-image"
"$JDK/bin/jpackage$EXE" @packaging/jpackage/app.args @packaging/jpackage/$OS-app.args \
  --type app-image --app-version "$APP_VERSION" --input "$W/input" --runtime-image "$W/runtime" \
  ${JAVA_OPTS[@]+"${JAVA_OPTS[@]}"} --dest "$DIST"
[ -x "$LAUNCHER" ] || die "jpackage left no launcher at $LAUNCHER"

# Linux: jpackage's native launcher asks the package managers who owns it on every start, twice
# (`rpm -qf` and `dpkg -S` from the launcher, again from libapplauncher.so, plus `dpkg -L` when installed
# from the .deb): about 110 ms of a 2-core machine's start-up, before Java even starts. It is replaced by
# a shell script that starts the image's java with exactly the settings jpackage wrote into the .cfg
# (class path, main class, JVM options); the .desktop entry and the .deb use it unchanged.
if [ $OS = linux ]; then
  note "launcher: $LAUNCHER as a shell script (no package-manager queries at start)"
  cfg=$APPDIR/$IMAGE_NAME.cfg
  # A .cfg value in double quotes: escape what the shell would expand, except $APPDIR.
  quote() { printf '"%s"' "$(printf '%s' "$1" | sed -e 's/[\\"`$]/\\&/g' -e 's/\\\$APPDIR/$APPDIR/g')"; }
  {
    echo '#!/bin/sh'
    echo "# Study Companion launcher, written by packaging/build-installer.sh from lib/app/$IMAGE_NAME.cfg."
    echo '# (jpackage'"'"'s native launcher queries rpm and dpkg on every start; this starts java directly.)'
    echo 'self=$(readlink -f -- "$0" 2>/dev/null) || self=$0'
    echo 'ROOT=${self%/bin/*}'
    echo 'APPDIR=$ROOT/lib/app'
    printf 'exec "$ROOT/lib/runtime/bin/java"'
    sed -n 's/^java-options=//p' "$cfg" | while IFS= read -r o; do printf ' \\\n  %s' "$(quote "$o")"; done
    printf ' \\\n  "-Djpackage.app-path=$self"'
    printf ' \\\n  -cp %s' "$(quote "$(sed -n 's/^app\.classpath=//p' "$cfg" | paste -sd : -)")"
    printf ' \\\n  %s "$@"\n' "$(sed -n 's/^app\.mainclass=//p' "$cfg")"
  } >"$LAUNCHER.sh"
  chmod 755 "$LAUNCHER.sh"
  mv -f "$LAUNCHER.sh" "$LAUNCHER"
  rm -f "$IMAGE/lib/libapplauncher.so"
fi

# Smoke test without a display: the packaged launcher validates the bundled question bank (reads the
# content through the jar file system, Jackson, the domain rules). A module missing from the runtime
# shows up here rather than in the user's hands.
note "smoke test: $LAUNCHER content validate"
smoke_data=$(mktemp -d)
smoke=$("$LAUNCHER" --data-dir "$smoke_data" content validate 2>&1) || true
rm -rf "$smoke_data"
echo "$smoke" | tail -1 | grep -Eq '^questions=[1-9][0-9]* errors=0$' ||
  { echo "$smoke" | tail -20 >&2; die "the packaged app failed 'content validate'"; }
echo "    $(echo "$smoke" | tail -1)"

# JDK 25 AOT cache (JEP 483/514/515: classes loaded and linked ahead of time, plus method profiles), made
# by the image's own java with exactly the launcher's class path and options (read from its .cfg). The
# cache stays valid when the image moves (the jars are matched relative to their common folder).
if [ $TRAIN = 1 ] && [ "$FEATURE" -ge 25 ]; then
  note "training run → $APPDIR/study-companion.aot"
  cfg=$APPDIR/$IMAGE_NAME.cfg
  cp_image=$(sed -n 's/^app\.classpath=//p' "$cfg" | tr -d '\r' | sed "s#\$APPDIR#$ROOT/$APPDIR#g" | paste -sd "$SEP" -)
  opts=()
  while IFS= read -r o; do
    case $o in -XX:AOTCache=*) ;; *) opts+=("${o//\$APPDIR/$ROOT/$APPDIR}") ;; esac
  done < <(sed -n 's/^java-options=//p' "$cfg" | tr -d '\r')
  train "$RUNTIME_HOME/bin/java$EXE" "$cp_image" ${opts[@]+"${opts[@]}"} -XX:AOTCacheOutput="$APPDIR/study-companion.aot"
  [ -f "$APPDIR/study-companion.aot" ] || die "the training run wrote no $APPDIR/study-companion.aot"
fi

if [ $INSTALLER = 0 ]; then note "done (app-image only)"; du -sh "$IMAGE"; exit 0; fi

# --- 6. The installer -----------------------------------------------------------------------------------
# Linux: the menu entry (packaging/linux/StudyCompanion.desktop, jpackage fills in the launcher and icon
# paths) and the icon the package installs beside it (without it jpackage puts in its default icon).
INSTALLER_OPTS=()
if [ $OS = linux ]; then
  mkdir -p "$W/resources"
  cp packaging/linux/* "$W/resources/"
  cp assets/icons/study-companion-256.png "$W/resources/$IMAGE_NAME.png"
  INSTALLER_OPTS+=(--resource-dir "$W/resources")
fi
note "jpackage --type $TYPE"
"$JDK/bin/jpackage$EXE" @packaging/jpackage/$OS.args --type "$TYPE" --app-version "$APP_VERSION" \
  --app-image "$IMAGE" ${INSTALLER_OPTS[@]+"${INSTALLER_OPTS[@]}"} --dest "$DIST"

note "done"
du -sh "$IMAGE"
ls -l "$DIST"
