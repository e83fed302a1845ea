package io.studycompanion.report;

import io.studycompanion.domain.readiness.Evidence;
import io.studycompanion.domain.readiness.ReadinessEstimate;
import io.studycompanion.domain.readiness.ReadinessSnapshot;
import io.studycompanion.domain.readiness.ReadinessWords;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The title block and the headline: predicted score, pass probability, pass mark, and how they are computed. */
final class HeadlineBlock {
    /** Shown instead of a prediction when nothing has been answered. */
    static final String NO_EVIDENCE = "Not enough evidence yet: no questions have been answered.";
    static final String NO_EVIDENCE_DETAIL = "There is no prediction until you answer practice questions or take an "
            + "exam simulation. Every section below is still here and fills in as you practise.";
    static final String LITTLE_EVIDENCE = "Early estimate.";
    static final String LITTLE_EVIDENCE_DETAIL = "Few answers so far, so the figures still lean on the prior and the "
            + "ranges are wide.";
    static final String METHOD = "Each answer counts with what was asked: its difficulty, and the chance of "
            + "guessing it (a quarter on four choices) or, for a question answered again soon after its key was "
            + "shown, of remembering the key. Abilities per objective lean on the section and overall ability where "
            + "answers are few, and rise with practice along learning curves. The exam is simulated many times with "
            + "the real exam’s mix of easy and hard questions; ranges hold 80% of the outcomes.";

    private record Card(String label, String value, String detail, Rgb color) {
    }

    private static final float CARD_HEIGHT = 74f;
    private static final float CARD_GAP = 10f;

    private HeadlineBlock() {
    }

    /** "Readiness report — exam", the date and the exam version, over a short accent rule. */
    static void title(PageCursor cursor, ReadinessSnapshot snapshot) throws IOException {
        var fonts = cursor.fonts();
        cursor.paragraph("Readiness report — " + snapshot.examTitle(), fonts.bold(), 18f, Palette.INK);
        cursor.down(2f);
        cursor.paragraph(ReportFormat.longDate(snapshot.date()) + "   ·   Exam version: " + snapshot.examLabel(),
                fonts.regular(), 9.5f, Palette.MUTED);
        cursor.down(4f);
        cursor.canvas().fillRect(cursor.left(), cursor.y(), 48f, 2.5f, Palette.ACCENT);
        cursor.down(6f);
    }

    /** The three figure cards, the evidence warning when needed, and the method note. */
    static void headline(PageCursor cursor, ReadinessSnapshot snapshot) throws IOException {
        var estimate = snapshot.estimate();
        cursor.heading("Prediction", CARD_HEIGHT);
        cards(cursor, cards(estimate));
        cursor.down(CARD_HEIGHT + 10f);
        var fonts = cursor.fonts();
        if (estimate.evidence() == Evidence.NONE) {
            notice(cursor, NO_EVIDENCE, NO_EVIDENCE_DETAIL, Palette.DANGER);
        } else {
            if (estimate.evidence() == Evidence.LITTLE) {
                notice(cursor, LITTLE_EVIDENCE, LITTLE_EVIDENCE_DETAIL, Palette.ACCENT);
            }
            var withheld = ReadinessWords.passWithheld(estimate);
            if (withheld.isPresent()) {
                notice(cursor, "No pass probability yet.", withheld.get(), Palette.ACCENT);
            }
            var exam = ReadinessWords.examNote(snapshot);
            if (exam.isPresent()) {
                notice(cursor, "Your last exam simulation scored outside this range.", exam.get(), Palette.ACCENT);
            }
            cursor.paragraph("What this rests on: " + ReadinessWords.basis(estimate), fonts.regular(), 9f,
                    Palette.INK);
            cursor.down(4f);
        }
        cursor.down(2f);
        cursor.paragraph("How these figures are computed", fonts.bold(), 8.5f, Palette.INK);
        cursor.paragraph(METHOD, fonts.regular(), 8.5f, Palette.MUTED);
    }

    /** A tinted box with a coloured stripe: a bold title over a regular detail. */
    private static void notice(PageCursor cursor, String title, String detail, Rgb stripe) throws IOException {
        var fonts = cursor.fonts();
        float width = cursor.width() - 24f;
        var lines = new ArrayList<TableWriter.Cell>();
        TextLayout.wrap(fonts.bold(), 9f, title, width).forEach(l -> lines.add(new TableWriter.Cell(l, Palette.INK, true)));
        TextLayout.wrap(fonts.regular(), 9f, detail, width).forEach(l -> lines.add(TableWriter.Cell.of(l)));
        float height = lines.size() * 12.6f + 14f;
        cursor.ensure(height);
        var canvas = cursor.canvas();
        canvas.fillRect(cursor.left(), cursor.y() - height, cursor.width(), height, Palette.SURFACE);
        canvas.fillRect(cursor.left(), cursor.y() - height, 3f, height, stripe);
        float baseline = cursor.y() - 16f;
        for (var line : lines) {
            canvas.text(line.text(), line.bold() ? fonts.bold() : fonts.regular(), 9f, line.color(),
                    cursor.left() + 12f, baseline);
            baseline -= 12.6f;
        }
        cursor.down(height + 10f);
    }

    private static List<Card> cards(ReadinessEstimate e) {
        var pass = e.passMarkPercent() / 100.0;
        var passMark = new Card("PASS MARK", e.passMarkPercent() + "%",
                "unofficial — Databricks does not publish the pass mark", Palette.INK);
        if (e.evidence() == Evidence.NONE) {
            return List.of(new Card("PREDICTED SCORE", "—", "no answers yet", Palette.FAINT),
                    new Card("PASS PROBABILITY", "—", "no answers yet", Palette.FAINT), passMark);
        }
        var score = new Card("PREDICTED SCORE", ReportFormat.percent(e.predictedScore()), ReadinessWords.scoreRange(e),
                Palette.verdict(e.scoreLow(), e.scoreHigh(), pass));
        var chance = ReadinessWords.passChance(e)
                .map(p -> new Card("PASS PROBABILITY", p, "likely " + ReadinessWords.passRange(e).orElse(p),
                        Palette.ACCENT))
                .orElse(new Card("PASS PROBABILITY", "—", "not enough evidence yet", Palette.FAINT));
        return List.of(score, chance, passMark);
    }

    private static void cards(PageCursor cursor, List<Card> cards) throws IOException {
        float width = (cursor.width() - CARD_GAP * (cards.size() - 1)) / cards.size();
        float x = cursor.left();
        for (var card : cards) {
            card(cursor, card, x, width);
            x += width + CARD_GAP;
        }
    }

    private static void card(PageCursor cursor, Card card, float x, float width) throws IOException {
        var canvas = cursor.canvas();
        var fonts = cursor.fonts();
        float top = cursor.y();
        canvas.fillRect(x, top - CARD_HEIGHT, width, CARD_HEIGHT, Palette.SURFACE);
        canvas.fillRect(x, top - CARD_HEIGHT, 3f, CARD_HEIGHT, card.color());
        float inner = width - 22f;
        canvas.text(TextLayout.fit(fonts.bold(), 7f, card.label(), inner), fonts.bold(), 7f, Palette.MUTED,
                x + 12f, top - 15f);
        canvas.text(TextLayout.fit(fonts.bold(), 22f, card.value(), inner), fonts.bold(), 22f, card.color(),
                x + 12f, top - 40f);
        float baseline = top - 53f;
        for (var line : TextLayout.wrap(fonts.regular(), 7.5f, card.detail(), inner).stream().limit(2).toList()) {
            canvas.text(line, fonts.regular(), 7.5f, Palette.MUTED, x + 12f, baseline);
            baseline -= 10f;
        }
    }
}
