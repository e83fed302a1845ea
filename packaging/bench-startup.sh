#!/usr/bin/env bash
# Start-up benchmark for the packaged app (Linux).
#
#   packaging/bench-startup.sh [N]          N measured launches of each kind (default 10), after a warm-up
#
# Launches the app-image built by packaging/build-installer.sh (target/dist/StudyCompanion, or
# BENCH_APP_IMAGE=DIR) through its launcher, under a private Xvfb, each time with a fresh temporary data
# folder (XDG_DATA_HOME), and measures the wall time from launch until both have happened: the line
# "STUDY_COMPANION_READY <ms>" that the app prints when STUDY_COMPANION_READY_MARKER=1 (DesktopLauncher: the
# first pulse after the window was shown has run and the FX thread is free again), and the window's first
# pixels on the screen (bench/PixelWatch.java watches a point inside the app's sidebar). Each run prints both.
#
# The floor, launched alternately with the app: packaging/bench/FloorApp.java, an empty JavaFX stage of the
# app's default size started the same way (Platform.startup) and printing the same marker, run by the same
# jlink'd runtime (lib/runtime/bin/java of the image) with the launcher's JVM options (those not naming
# the app's files). When the app ships an AOT cache / AppCDS archive, the floor gets its own, made by the
# same kind of training run, so the ratio compares like with like ("floor"); the floor on the runtime's
# default CDS archive alone is measured too ("floor-plain", informational).
#
# Also informational, "floor-themed": packaging/bench/ThemedFloorApp.java, the app's AtlantaFX theme with one
# label and one button, run with the app's own class path (its jar appended), JVM options and AOT cache.
#
# Peak RSS: VmHWM from /proc/<pid>/status, read REST seconds (BENCH_REST_SECONDS, default 1.5) after the
# marker, with the app at rest.
# Needs: Xvfb, bash 5 (EPOCHREALTIME), a JDK's javac and jar (JAVA_HOME or PATH) to compile FloorApp.
# The machine should be otherwise idle: the load average is printed before and after.
# Last line: median_ms=M floor_ms=F ratio=R rss_mb=S   (medians over the N measured launches)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-10}
IMG=${BENCH_APP_IMAGE:-target/dist/StudyCompanion}
LAUNCHER=$IMG/bin/StudyCompanion
RUNTIME=$IMG/lib/runtime
CFG=$IMG/lib/app/StudyCompanion.cfg
REST=${BENCH_REST_SECONDS:-1.5}
unset STUDY_COMPANION_DATA_DIR        # the fresh XDG_DATA_HOME of each launch decides where data goes
[ -x "$LAUNCHER" ] || { echo "no app-image at $IMG: run packaging/build-installer.sh first" >&2; exit 1; }

work=$(mktemp -d)
XPID=
cleanup() { if [ -n "$XPID" ]; then kill "$XPID" 2>/dev/null; wait "$XPID" 2>/dev/null; fi; rm -rf "$work"; }
trap cleanup EXIT

# --- FloorApp, compiled against the JavaFX modules of the very runtime it runs on (--system); a javac
# older than that runtime cannot read it, so then against the same JavaFX jars from target/lib.
JAVAC=${BENCH_JAVAC:-${JAVA_HOME:+$JAVA_HOME/bin/}javac}
mkdir -p "$work/floor-classes"
fx=$(ls target/lib/javafx-*-*.jar 2>/dev/null | paste -sd: -)
if ! "$JAVAC" --system "$RUNTIME" -d "$work/floor-classes" packaging/bench/FloorApp.java 2>/dev/null; then
  "$JAVAC" --release 17 --module-path "$fx" --add-modules javafx.graphics -d "$work/floor-classes" \
    packaging/bench/FloorApp.java
fi
"${JAVAC%javac}jar" --create --file "$work/floor.jar" -C "$work/floor-classes" .

# --- ThemedFloorApp (informational): the app's class path, JVM options and AOT cache, its theme, one label
# and one button. Its class goes on the end of the app's class path (an AOT cache accepts appended entries).
APPDIR_ABS=$(cd "$IMG/lib/app" && pwd)
APP_CP=$(sed -n 's/^app\.classpath=//p' "$CFG" | sed "s#\$APPDIR#$APPDIR_ABS#g" | paste -sd: -)
APP_OPTS=()
while IFS= read -r o; do APP_OPTS+=("${o//\$APPDIR/$APPDIR_ABS}"); done < <(sed -n 's/^java-options=//p' "$CFG")
mkdir -p "$work/themed-classes"
cp -r "$work/floor-classes/." "$work/themed-classes/"
if ! "$JAVAC" --system "$RUNTIME" -cp "$APP_CP:$work/floor-classes" -d "$work/themed-classes" \
    packaging/bench/ThemedFloorApp.java 2>/dev/null; then
  "$JAVAC" --release 17 --module-path "$fx" --add-modules javafx.controls -cp "$APP_CP:$work/floor-classes" \
    -d "$work/themed-classes" packaging/bench/ThemedFloorApp.java
fi
"${JAVAC%javac}jar" --create --file "$work/themed.jar" -C "$work/themed-classes" .

# --- PixelWatch: sees when a window has drawn at one point of the screen (AWT Robot, on the image's runtime).
mkdir -p "$work/watch-classes"
"$JAVAC" --system "$RUNTIME" -d "$work/watch-classes" packaging/bench/PixelWatch.java 2>/dev/null ||
  "$JAVAC" --release 17 -d "$work/watch-classes" packaging/bench/PixelWatch.java
# Every window here is 1180×780 and centred by JavaFX (x: half the free width, y: a third of the free height)
# on the 1400×900 screen below; the watched point is 40 px into the app's sidebar (the floors fill their
# window with the sidebar's colour).
SCREEN_W=1400 SCREEN_H=900
WATCH_X=$(( (SCREEN_W - 1180) / 2 + 40 )) WATCH_Y=$(( (SCREEN_H - 780) / 3 + 360 ))

# --- The floor's JVM options: the launcher's, minus those naming the app's own files.
FLOOR_OPTS=()
ARCHIVE_KIND=none
while IFS= read -r o; do
  case $o in
    -XX:AOTCache=*) ARCHIVE_KIND=aot ;;
    -XX:SharedArchiveFile=*) ARCHIVE_KIND=cds ;;
    *'$APPDIR'*|-Djpackage.app-version=*) ;;
    *) FLOOR_OPTS+=("$o") ;;
  esac
done < <(sed -n 's/^java-options=//p' "$CFG")

# --- A private X server, so nothing else on the screen disturbs the measurement.
for n in $(seq 90 120); do [ -e /tmp/.X$n-lock ] || { DISPLAY_NUM=$n; break; }; done
Xvfb ":$DISPLAY_NUM" -screen 0 "${SCREEN_W}x${SCREEN_H}x24" -nolisten tcp >/dev/null 2>&1 & XPID=$!
export DISPLAY=:$DISPLAY_NUM
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$DISPLAY_NUM" ] && break; sleep 0.1; done

# launch KIND [extra JVM options…] → starts it in the background with stdout to $fifo; sets pid
launch() {
  local kind=$1; shift
  case $kind in
    app) XDG_DATA_HOME=$data STUDY_COMPANION_READY_MARKER=1 "$LAUNCHER" >"$fifo" 2>"$data/err" & ;;
    floor-themed)
      XDG_DATA_HOME=$data STUDY_COMPANION_READY_MARKER=1 "$RUNTIME/bin/java" "${APP_OPTS[@]}" \
        -cp "$APP_CP:$work/themed.jar" ThemedFloorApp >"$fifo" 2>"$data/err" & ;;
    floor|floor-plain)
      XDG_DATA_HOME=$data STUDY_COMPANION_READY_MARKER=1 "$RUNTIME/bin/java" ${FLOOR_OPTS[@]+"${FLOOR_OPTS[@]}"} \
        "$@" -cp "$work/floor.jar" FloorApp >"$fifo" 2>"$data/err" & ;;
  esac
  pid=$!
}

# wait_ready KIND → waits for the marker on $fifo (fd 3)
wait_ready() {
  line=
  while IFS= read -r -t 60 line <&3; do [[ $line == STUDY_COMPANION_READY* ]] && break; done
  if [[ $line != STUDY_COMPANION_READY* ]]; then
    echo "$1: no ready marker; stderr:" >&2; cat "$data/err" >&2; kill "$pid" 2>/dev/null; exit 1
  fi
}

# The floor's own archive, made the way build-installer.sh makes the app's.
FLOOR_ARCHIVE_OPTS=()
if [ "$ARCHIVE_KIND" != none ]; then
  data=$(mktemp -d "$work/data.XXXX"); fifo=$data/out; mkfifo "$fifo"
  if [ $ARCHIVE_KIND = aot ]; then
    launch floor "-XX:AOTCacheOutput=$work/floor.aot"
    FLOOR_ARCHIVE_OPTS=("-XX:AOTCache=$work/floor.aot")
  else
    launch floor "-XX:DumpLoadedClassList=$work/floor.classlist"
  fi
  exec 3<"$fifo"; wait_ready floor-training; exec 3<&-
  sleep 2; kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
  if [ $ARCHIVE_KIND = cds ]; then
    "$RUNTIME/bin/java" -Xshare:dump -XX:SharedClassListFile="$work/floor.classlist" \
      -XX:SharedArchiveFile="$work/floor.jsa" ${FLOOR_OPTS[@]+"${FLOOR_OPTS[@]}"} -cp "$work/floor.jar" >/dev/null 2>&1
    FLOOR_ARCHIVE_OPTS=("-XX:SharedArchiveFile=$work/floor.jsa" -Xshare:auto)
  fi
  rm -rf "$data"
fi

# run_once app|floor|floor-plain|floor-themed → prints "<ms> <peak rss kB> <marker ms> <painted ms>"
# ms = the later of the marker (FX thread free after the first pulse) and the first pixels on screen: the
# software renderer draws a frame on its own thread after the pulse, so a complex first screen can reach the
# screen well after the marker, an empty one before it.
run_once() {
  local kind=$1 start end rss wpid painted
  data=$(mktemp -d "$work/data.XXXX"); fifo=$data/out; mkfifo "$fifo"
  "$RUNTIME/bin/java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$work/watch-classes" PixelWatch \
    "$WATCH_X" "$WATCH_Y" 60000 >"$data/watch" 2>/dev/null & wpid=$!
  until grep -q '^watching' "$data/watch" 2>/dev/null; do
    kill -0 "$wpid" 2>/dev/null || { echo "PixelWatch did not start" >&2; exit 1; }
    sleep 0.01
  done
  start=$EPOCHREALTIME
  if [ "$kind" = floor ]; then launch floor ${FLOOR_ARCHIVE_OPTS[@]+"${FLOOR_ARCHIVE_OPTS[@]}"}; else launch "$kind"; fi
  exec 3<"$fifo"
  wait_ready "$kind"
  end=$EPOCHREALTIME
  wait "$wpid" 2>/dev/null || true
  painted=$(sed -n 's/^painted \([0-9]*\).*/\1/p' "$data/watch")
  [ -n "$painted" ] || { echo "$kind: the window never painted at ($WATCH_X, $WATCH_Y)" >&2; kill "$pid"; exit 1; }
  sleep "$REST"
  rss=$(awk '/^VmHWM:/ {print $2}' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  exec 3<&-
  # The data folder is fresh each time; the app must have made its database there.
  if [ "$kind" = app ] && [ ! -f "$data/study-companion/study-companion.db" ]; then
    echo "app: no database in the fresh data folder $data/study-companion" >&2; exit 1
  fi
  rm -rf "$data"
  awk -v s="$start" -v e="$end" -v p="$painted" -v r="$rss" 'BEGIN {
    m = (e - s) * 1000; q = p - s * 1000; t = m > q ? m : q
    printf "%d %d %d %d\n", t + 0.5, r, m + 0.5, q + 0.5 }'
}

median() { sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%d\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 + 0.5 }'; }
stats() { # file label
  local ms; ms=$(cut -d' ' -f1 "$1" | sort -n)
  printf '%-12s median %5d ms  min %5d  max %5d  (medians: marker %4d, painted %4d)  peak rss %4d MB\n' "$2" \
    "$(echo "$ms" | median)" "$(echo "$ms" | head -1)" "$(echo "$ms" | tail -1)" \
    "$(cut -d' ' -f3 "$1" | median)" "$(cut -d' ' -f4 "$1" | median)" $(( $(cut -d' ' -f2 "$1" | median) / 1024 ))
}

KINDS=(app floor floor-plain floor-themed)
[ "$ARCHIVE_KIND" = none ] && KINDS=(app floor floor-themed)
echo "image $IMG, runtime $(sed -n 's/^JAVA_VERSION=//p' "$RUNTIME/release" | tr -d '"'), archive: $ARCHIVE_KIND, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for k in "${KINDS[@]}"; do run_once "$k" >/dev/null; : >"$work/$k.txt"; done   # warm-up: page cache, font caches
for i in $(seq "$N"); do
  for k in "${KINDS[@]}"; do
    read -r ms rss marker painted < <(run_once "$k")
    echo "$ms $rss $marker $painted" >>"$work/$k.txt"
    printf 'run %2d  %-12s %5d ms  (marker %4d, painted %4d)  %4d MB\n' "$i" "$k" "$ms" "$marker" "$painted" $((rss / 1024))
  done
done
for k in "${KINDS[@]}"; do stats "$work/$k.txt" "$k"; done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
app_ms=$(cut -d' ' -f1 "$work/app.txt" | median)
floor_ms=$(cut -d' ' -f1 "$work/floor.txt" | median)
rss_kb=$(cut -d' ' -f2 "$work/app.txt" | median)
if [ -f "$work/floor-plain.txt" ]; then
  plain_ms=$(cut -d' ' -f1 "$work/floor-plain.txt" | median)
  awk -v m="$app_ms" -v f="$plain_ms" 'BEGIN { printf "ratio to floor-plain (no archive for the floor): %.2f\n", m / f }'
fi
themed_ms=$(cut -d' ' -f1 "$work/floor-themed.txt" | median)
awk -v m="$app_ms" -v f="$floor_ms" -v t="$themed_ms" 'BEGIN { printf "floor-themed (theme + 1 label + 1 button, app class path and cache): %.2f x the floor; app: %.2f x floor-themed\n", t / f, m / t }'
awk -v m="$app_ms" -v f="$floor_ms" -v r="$rss_kb" \
  'BEGIN { printf "median_ms=%d floor_ms=%d ratio=%.2f rss_mb=%d\n", m, f, m / f, r / 1024 + 0.5 }'
