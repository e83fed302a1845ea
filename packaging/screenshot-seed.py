"""Seeds an unfinished quiz (practice or exam) into a data folder, for the README screenshots."""
import sqlite3, sys, json, glob, random, datetime
db = sqlite3.connect(sys.argv[1]); kind = sys.argv[2]
qs = []
for f in sorted(glob.glob('content/questions/[0-9]*.json')):
    qs += json.load(open(f))['questions']
now = datetime.datetime.utcnow().isoformat(timespec='seconds') + 'Z'
db.execute("DELETE FROM attempt_item"); db.execute("DELETE FROM attempt")
if kind == 'history':
    # Three weeks of practice getting better, and three exam simulations, for the dashboard and report shots.
    random.seed(11)
    today = datetime.datetime.utcnow().replace(microsecond=0)
    def stamp(d): return d.isoformat() + 'Z'
    def skill(q, day):
        base = {'1': 0.62, '2': 0.55, '3': 0.45}[next(o for o in q['objectives'] if o.startswith('2025-09-30:')).split(':')[1][0]]
        return min(0.95, base + 0.012 * day)
    for day in range(21):
        when = today - datetime.timedelta(days=21 - day)
        picks = random.sample(qs, 14)
        cur = db.execute("INSERT INTO attempt (mode, exam_version, title, started_at, elapsed_ms, submitted_at) VALUES ('PRACTICE','2025-09-30','Practice · Everything',?,600000,?)", (stamp(when), stamp(when)))
        for i, q in enumerate(picks):
            ok = random.random() < skill(q, day)
            sel = ','.join(sorted(q['key'])) if ok else next(c['id'] for c in q['choices'] if c['id'] not in q['key'])
            db.execute("INSERT INTO attempt_item (attempt_id, position, question_id, choice_order, selected, answered_at, correct) VALUES (?,?,?,?,?,?,?)",
                       (cur.lastrowid, i, q['id'], ','.join(c['id'] for c in q['choices']), sel, stamp(when), int(ok)))
    for day in (6, 13, 20):
        when = today - datetime.timedelta(days=21 - day)
        cur = db.execute("INSERT INTO attempt (mode, exam_version, title, started_at, time_limit_seconds, elapsed_ms, submitted_at) VALUES ('EXAM','2025-09-30','Exam simulation',?,7200,5400000,?)", (stamp(when), stamp(when)))
        for i, q in enumerate(random.sample(qs, 60)):
            ok = random.random() < skill(q, day) + 0.03
            sel = ','.join(sorted(q['key'])) if ok else next(c['id'] for c in q['choices'] if c['id'] not in q['key'])
            db.execute("INSERT INTO attempt_item (attempt_id, position, question_id, choice_order, selected, answered_at, correct) VALUES (?,?,?,?,?,?,?)",
                       (cur.lastrowid, i, q['id'], ','.join(c['id'] for c in q['choices']), sel, stamp(when), int(ok)))
    db.commit()
    print('history seeded')
    sys.exit(0)
if kind == 'practice':
    pick = [q for q in qs if '```python' in q['stem'] and q['type'] == 'single'][3:6]
    cur = db.execute("INSERT INTO attempt (mode, exam_version, title, started_at, elapsed_ms) VALUES ('PRACTICE','2025-09-30','Practice · Section 1: Model Development',?,95000)", (now,))
else:
    random.seed(5)
    def section(q):
        return int(next(o for o in q['objectives'] if o.startswith('2025-09-30:')).split(':')[1].split('.')[0])
    pick = []
    for sec, n in ((1, 27), (2, 26), (3, 7)):
        pick += random.sample([q for q in qs if section(q) == sec], n)
    random.shuffle(pick)
    cur = db.execute("INSERT INTO attempt (mode, exam_version, title, started_at, time_limit_seconds, elapsed_ms) VALUES ('EXAM','2025-09-30','Exam simulation',?,7200,2843000)", (now,))
aid = cur.lastrowid
for i, q in enumerate(pick):
    order = [c['id'] for c in q['choices']]
    random.shuffle(order)
    answered = kind == 'exam' and i < 23 and i != 7
    sel = ','.join(sorted(q['key'])) if answered and i % 4 else (order[0] if answered else '')
    if answered and q['type'] == 'multiple' and i % 4 == 0: sel = ','.join(sorted(order[:q['choose']]))
    correct = None if not answered else int(set(sel.split(',')) == set(q['key']))
    db.execute("INSERT INTO attempt_item (attempt_id, position, question_id, choice_order, selected, flagged, answered_at, correct) VALUES (?,?,?,?,?,?,?,?)",
               (aid, i, q['id'], ','.join(order), sel, int(kind == 'exam' and i in (4, 11, 19)), now if answered else None, correct))
db.commit()
print(aid, [q['id'] for q in pick[:3]])
