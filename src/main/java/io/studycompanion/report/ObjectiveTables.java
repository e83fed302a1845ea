package io.studycompanion.report;

import io.studycompanion.domain.ObjectiveStatus;
import io.studycompanion.domain.readiness.Evidence;
import io.studycompanion.domain.readiness.ObjectiveMastery;
import io.studycompanion.domain.readiness.ObjectiveRow;
import io.studycompanion.domain.readiness.ReadinessSnapshot;
import io.studycompanion.domain.readiness.ReadinessSnapshots;
import io.studycompanion.domain.readiness.SectionReadiness;
import io.studycompanion.domain.readiness.WeakObjective;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.studycompanion.report.TableWriter.Align.CENTER;
import static io.studycompanion.report.TableWriter.Align.LEFT;
import static io.studycompanion.report.TableWriter.Align.RIGHT;

/** The objective tables: weakest first, then disagreements with the learner's own rating, then all objectives. */
final class ObjectiveTables {
    static final String TOO_FEW = "too few answers";
    static final String UNTRIED = "Not tried yet: ";
    private static final float NOTE = 8f;

    private ObjectiveTables() {
    }

    /** The objectives to practise next, ranked by blueprint weight × gap to the target mastery. */
    static void weakest(PageCursor cursor, ReadinessSnapshot snapshot) throws IOException {
        cursor.heading("Weakest objectives — practise these next", 40f);
        if (snapshot.weakest().isEmpty()) {
            empty(cursor, snapshot.estimate().evidence() == Evidence.NONE
                    ? "Nothing to rank yet: the weakest objectives are listed once you have answered questions."
                    : "No weak objectives: every objective you have answered has reached the target mastery.");
            untried(cursor, snapshot);
            return;
        }
        var table = new TableWriter(cursor, List.of(new TableWriter.Column("Objective", 0.9f, LEFT),
                new TableWriter.Column("Text", 5.2f, LEFT), new TableWriter.Column("Gap", 0.9f, RIGHT),
                new TableWriter.Column("Priority", 0.9f, RIGHT)));
        table.header();
        for (var weak : snapshot.weakest()) {
            table.row(weakRow(weak));
        }
        note(cursor, "Gap: percentage points below the " + ReportFormat.percent(ReadinessSnapshots.TARGET)
                + " target mastery. Priority: the objective’s share of the exam × its gap, in exam percentage "
                + "points — the higher, the more a little practice is worth. Only objectives you have answered "
                + "are ranked.");
        untried(cursor, snapshot);
    }

    /**
     * The objectives without answers, in one paragraph: they have no gap of their own (only the prior's), so
     * they are listed apart with their share of the exam rather than ranked.
     */
    private static void untried(PageCursor cursor, ReadinessSnapshot snapshot) throws IOException {
        var untried = snapshot.untried();
        if (untried.isEmpty()) {
            return;
        }
        cursor.down(6f);
        var ids = untried.size() == snapshot.objectives().size() ? "all " + untried.size() + " objectives, "
                : untried.size() + (untried.size() == 1 ? " objective, " : " objectives, ");
        var list = untried.size() == snapshot.objectives().size() ? "."
                : ": " + untried.stream().map(u -> u.id().position() + " (" + share(u.weight()) + ")")
                .collect(Collectors.joining(", ")) + ".";
        cursor.paragraph(UNTRIED + ids + ReportFormat.percent(snapshot.untriedShare()) + " of the exam" + list,
                cursor.fonts().regular(), 9f, Palette.INK);
    }

    /** An objective's share of the exam, one decimal: objectives of a large section weigh about 2%. */
    private static String share(double weight) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * weight);
    }

    /** Exam percentage points, never "0.00" for a row that is ranked. */
    static String priority(double priority) {
        var points = priority * 100;
        return points < 0.005 ? "< 0.01" : String.format(Locale.ROOT, "%.2f", points);
    }

    private static List<TableWriter.Cell> weakRow(WeakObjective weak) {
        return List.of(new TableWriter.Cell(weak.id().position(), Palette.INK, true), TableWriter.Cell.of(weak.text()),
                TableWriter.Cell.of(Math.round(weak.gap() * 100) + " pts"),
                TableWriter.Cell.of(priority(weak.priority())));
    }

    /** Objectives rated confident but measured weak, and the reverse. */
    static void mismatches(PageCursor cursor, ReadinessSnapshot snapshot) throws IOException {
        cursor.heading("Your rating vs. the measurement", 40f);
        if (snapshot.mismatches().isEmpty()) {
            empty(cursor, "No disagreements between your own rating and the measured mastery.");
            return;
        }
        cursor.paragraph("Objectives you marked confident that measure weak, and objectives you have not marked "
                + "confident that measure strong.", cursor.fonts().regular(), NOTE, Palette.MUTED);
        cursor.down(4f);
        var table = new TableWriter(cursor, List.of(new TableWriter.Column("Objective", 0.9f, LEFT),
                new TableWriter.Column("Text", 4.4f, LEFT), new TableWriter.Column("Your status", 1.1f, LEFT),
                new TableWriter.Column("Measured", 1.5f, LEFT)));
        table.header();
        for (var row : snapshot.mismatches()) {
            table.row(List.of(new TableWriter.Cell(row.id().position(), Palette.INK, true), TableWriter.Cell.of(row.text()),
                    TableWriter.Cell.of(row.status().label()), mastery(row.mastery())));
        }
    }

    /** Every objective, grouped by section: the learner's record next to the measured mastery. */
    static void all(PageCursor cursor, ReadinessSnapshot snapshot) throws IOException {
        cursor.heading("All objectives", 60f);
        if (snapshot.objectives().isEmpty()) {
            empty(cursor, "No objectives in this exam version.");
            return;
        }
        var titles = snapshot.estimate().sections().stream()
                .collect(Collectors.toMap(SectionReadiness::section, SectionReadiness::title, (a, b) -> a));
        var table = new TableWriter(cursor, List.of(new TableWriter.Column("Objective", 1.0f, LEFT),
                new TableWriter.Column("Text", 3.9f, LEFT), new TableWriter.Column("Ticked", 0.7f, CENTER),
                new TableWriter.Column("Status", 1.2f, LEFT), new TableWriter.Column("Mastery", 1.5f, LEFT),
                new TableWriter.Column("Answers", 0.85f, RIGHT)));
        table.header();
        rows(table, snapshot.objectives(), titles::get);
        note(cursor, "Mastery: the estimated chance of answering a question on the objective right, with its 80% "
                + "range. “" + TOO_FEW + "” marks objectives without enough recent answers for a confident number.");
    }

    private static void rows(TableWriter table, List<ObjectiveRow> rows, Function<Integer, String> titles)
            throws IOException {
        int section = -1;
        for (var row : rows) {
            if (row.id().section() != section) {
                section = row.id().section();
                var title = titles.apply(section);
                table.group("Section " + section + (title == null ? "" : " · " + title));
            }
            table.row(objectiveRow(row));
        }
    }

    private static List<TableWriter.Cell> objectiveRow(ObjectiveRow row) {
        var status = row.status() == ObjectiveStatus.NOT_STARTED ? TableWriter.Cell.muted(row.status().label())
                : TableWriter.Cell.of(row.status().label());
        return List.of(new TableWriter.Cell(row.id().position(), Palette.INK, true), TableWriter.Cell.of(row.text()),
                new TableWriter.Cell(row.ticked() ? "✓" : "", Palette.SUCCESS, true), status, mastery(row.mastery()),
                TableWriter.Cell.of(Integer.toString(row.mastery().answers())));
    }

    private static TableWriter.Cell mastery(ObjectiveMastery m) {
        if (m.evidence() != Evidence.ENOUGH) {
            return TableWriter.Cell.muted(TOO_FEW);
        }
        var text = ReportFormat.percent(m.mean()) + " (" + ReportFormat.range(m.low(), m.high()) + ")";
        return new TableWriter.Cell(text, ReadinessSnapshots.mastered(m) ? Palette.SUCCESS : Palette.INK, false);
    }

    static void empty(PageCursor cursor, String text) throws IOException {
        cursor.paragraph(text, cursor.fonts().regular(), 9f, Palette.MUTED);
    }

    private static void note(PageCursor cursor, String text) throws IOException {
        cursor.down(5f);
        cursor.paragraph(text, cursor.fonts().regular(), NOTE, Palette.MUTED);
    }
}
