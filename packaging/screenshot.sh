#!/usr/bin/env bash
# Takes the README screenshots (1280x800): runs the packaged jar under Xvfb on a throw-away data folder seeded with
# sample progress, and saves PNGs into assets/screenshots/.
# Needs: xvfb, libgtk-3-0, imagemagick (import), xdotool, python3; run './mvnw package' first.
set -euo pipefail
cd "$(dirname "$0")/.."
out=assets/screenshots
mkdir -p "$out"
data=$(mktemp -d)
trap 'rm -rf "$data"; kill ${XPID:-} 2>/dev/null || true' EXIT

export DISPLAY=:97
Xvfb :97 -screen 0 1280x800x24 >/dev/null 2>&1 & XPID=$!
sleep 1

shot() { # theme file [extra-file]
  local theme=$1 file=$2 extra=${3:-}
  python3 - "$data/study-companion.db" "$theme" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
rows = [("1.1.1", 1, "CONFIDENT", ""), ("1.1.2", 1, "CONFIDENT", "Pipeline.fit returns a PipelineModel"),
        ("1.1.3", 1, "LEARNING", ""), ("1.1.4", 0, "LEARNING", "CrossValidator parallelism"),
        ("1.2.1", 1, "CONFIDENT", ""), ("1.2.2", 0, "LEARNING", ""), ("1.3.1", 1, "CONFIDENT", ""),
        ("2.1.1", 1, "LEARNING", ""), ("2.5.1", 0, "LEARNING", "KS vs chi-square vs JS"), ("3.1.1", 1, "CONFIDENT", "")]
for pos, ticked, status, note in rows:
    db.execute("INSERT OR REPLACE INTO objective_progress VALUES (?,?,?,?,datetime('now'))",
               ("2025-09-30:" + pos, ticked, status, note))
db.execute("INSERT OR REPLACE INTO setting VALUES ('ui.theme', ?)", (sys.argv[2],))
db.execute("INSERT OR REPLACE INTO setting VALUES ('ui.window', '0.0,0.0,1280.0,800.0,false')")
db.commit()
PY
  java -jar target/study-companion.jar --data-dir "$data" & local app=$!
  sleep 6
  xdotool mousemove 100 152 click 1; sleep 2   # "Objectives" in the sidebar (the app opens on the dashboard)
  xdotool mousemove 480 281 click 1   # select objective 1.1.2 so the detail panel shows
  sleep 1
  import -window root "$out/$file"
  if [ -n "$extra" ]; then
    xdotool mousemove 100 234 click 1   # "Question bank" in the sidebar
    sleep 2
    import -window root "$out/$extra"
  fi
  kill $app; wait $app 2>/dev/null || true
}

# First run creates the database; then seed it and take the shots.
java -jar target/study-companion.jar --data-dir "$data" & app=$!; sleep 5; kill $app; wait $app 2>/dev/null || true
shot LIGHT checklist-light.png question-bank.png
shot DARK checklist-dark.png

# Dashboard with three weeks of seeded history, light and dark, and the PDF report of the same data.
dash() { # theme file
  python3 -c "import sqlite3,sys; db=sqlite3.connect(sys.argv[1]); db.execute(\"UPDATE setting SET value=? WHERE name='ui.theme'\", (sys.argv[2],)); db.commit()" "$data/study-companion.db" "$1"
  java -jar target/study-companion.jar --data-dir "$data" & local app=$!
  sleep 8
  import -window root "$out/$2"
  kill $app; wait $app 2>/dev/null || true
}
python3 packaging/screenshot-seed.py "$data/study-companion.db" history >/dev/null
dash LIGHT dashboard-light.png
dash DARK dashboard-dark.png
java -jar target/study-companion.jar --data-dir "$data" report pdf --out "$out/../readiness-report-sample.pdf" >/dev/null
python3 -c "import sqlite3,sys; db=sqlite3.connect(sys.argv[1]); db.execute('DELETE FROM attempt_item'); db.execute('DELETE FROM attempt'); db.commit()" "$data/study-companion.db"
# Quiz screens and the small-window / large-text shots come from ScreenReadabilityTest's renders of the real
# screens (run './mvnw verify' or that test first): exact sizes, no pointer coordinates to keep in step.
r=target/readability
if [ -d "$r" ]; then
  cp "$r/exam-grid/exam-grid-light-14px-1280x800.png" "$out/quiz-exam-grid.png"
  cp "$r/practice-feedback/practice-feedback-light-14px-1280x800.png" "$out/quiz-feedback.png"
  cp "$r/exam-results/exam-results-light-14px-1280x800.png" "$out/quiz-results.png"
  cp "$r/checklist-detail/checklist-detail-light-14px-1024x768.png" "$out/checklist-1024x768.png"
  cp "$r/practice-feedback/practice-feedback-dark-22px-1024x768.png" "$out/quiz-22px-1024x768.png"
else
  echo "no $r: run ScreenReadabilityTest for the quiz screenshots" >&2
fi
echo "screenshots in $out"
