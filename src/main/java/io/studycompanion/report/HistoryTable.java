package io.studycompanion.report;

import io.studycompanion.domain.readiness.ExamResultPoint;

import java.io.IOException;
import java.util.List;

import static io.studycompanion.report.TableWriter.Align.CENTER;
import static io.studycompanion.report.TableWriter.Align.LEFT;
import static io.studycompanion.report.TableWriter.Align.RIGHT;

/** The exam simulations taken so far: date, score, pass or fail, and minutes used. */
final class HistoryTable {
    static final String EMPTY = "No exam simulations yet: results appear here after your first full simulation.";

    private HistoryTable() {
    }

    static void draw(PageCursor cursor, List<ExamResultPoint> history) throws IOException {
        cursor.heading("Exam simulations", 40f);
        if (history.isEmpty()) {
            ObjectiveTables.empty(cursor, EMPTY);
            return;
        }
        var table = new TableWriter(cursor, List.of(new TableWriter.Column("Date", 1.6f, LEFT),
                new TableWriter.Column("Correct", 1f, RIGHT), new TableWriter.Column("Score", 1f, RIGHT),
                new TableWriter.Column("Result", 1f, CENTER), new TableWriter.Column("Minutes used", 1.2f, RIGHT)));
        table.header();
        for (var exam : history) {
            table.row(row(exam));
        }
    }

    private static List<TableWriter.Cell> row(ExamResultPoint exam) {
        var result = exam.passed() ? new TableWriter.Cell("Pass", Palette.SUCCESS, true)
                : new TableWriter.Cell("Fail", Palette.DANGER, true);
        return List.of(TableWriter.Cell.of(ReportFormat.shortDate(exam.date())),
                TableWriter.Cell.of(exam.correct() + " / " + exam.total()),
                new TableWriter.Cell(Math.round(exam.percent()) + "%", Palette.INK, true), result,
                TableWriter.Cell.of(Long.toString(exam.minutesUsed())));
    }
}
