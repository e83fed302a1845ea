package io.studycompanion.domain.readiness;

import io.studycompanion.domain.quiz.QuizScope;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The estimate in the words the dashboard and the report print, so both say the same thing: ranges as a learner
 * reads them, the pass chance or why it is not shown yet, what the estimate rests on, and why it may differ
 * from a recent exam simulation.
 */
public final class ReadinessWords {
    /** A difficulty is "mostly" what was practised when it holds this share of the answers. */
    static final double MOSTLY = 0.6;
    /** An exam simulation this recent is set beside the estimate. */
    static final int RECENT_EXAM_DAYS = 30;
    /**
     * Repeats are named once they are a quarter of the answers or more. The model reads right repeats through the
     * learner's fitted key memory, but a strong, lasting memory still flatters it: simulated crammers going through
     * the same 2 questions per objective 3 times read 73.5% against a true 69.4% (README, "Where it falls short").
     */
    static final int REPEATS_WORTH_SAYING = 4;
    private static final String[] LEVEL = {"easy", "applied", "scenario"};

    private ReadinessWords() {
    }

    /** "likely between 62% and 78%": the 80% range of the exam score. */
    public static String scoreRange(ReadinessEstimate e) {
        return "likely between " + percent(e.scoreLow()) + " and " + percent(e.scoreHigh());
    }

    /** The pass chance as shown, or empty while the evidence is too thin for it (see {@link #passWithheld}). */
    public static Optional<String> passChance(ReadinessEstimate e) {
        if (!e.basis().passChanceShown()) {
            return Optional.empty();
        }
        return Optional.of(probability(e.passProbability()));
    }

    /**
     * Why no pass chance is shown yet, or empty when it is: "Not enough evidence for a pass chance yet: answer
     * 23 more questions, in Section 3 too."
     */
    public static Optional<String> passWithheld(ReadinessEstimate e) {
        var b = e.basis();
        if (b.passChanceShown()) {
            return Optional.empty();
        }
        var sections = b.untriedSections().stream().map(String::valueOf).collect(Collectors.toList());
        var where = sections.isEmpty() ? "" : (sections.size() == 1 ? "Section " : "Sections ") + join(sections);
        String what;
        if (b.answersToGo() == 0 && where.isEmpty()) {
            what = "answer some questions first";
        } else if (b.answersToGo() > 0) {
            what = "answer " + b.answersToGo() + (b.answers() == 0 ? "" : " more") + " question"
                    + (b.answersToGo() == 1 ? "" : "s") + (where.isEmpty() ? "" : ", in " + where + " too");
        } else {
            what = "answer questions in " + where;
        }
        return Optional.of("Not enough evidence for a pass chance yet: " + what + ".");
    }

    /** "The pass chance is likely between 70% and 90%." ranges of the pass chance, when it is shown. */
    public static Optional<String> passRange(ReadinessEstimate e) {
        if (!e.basis().passChanceShown()) {
            return Optional.empty();
        }
        var from = probability(e.passLow());
        var to = probability(e.passHigh());
        return Optional.of(from.equals(to) ? from : "between " + from + " and " + to);
    }

    /**
     * One line on what the estimate rests on: "312 answers, mostly easy questions; the estimate allows for that
     * (it counts them as evidence about easy questions, and the exam is mostly harder)."
     */
    public static String basis(ReadinessEstimate e) {
        var b = e.basis();
        if (b.answers() == 0) {
            return "No answers yet: the figures are the starting assumption, not a measurement.";
        }
        var text = new StringBuilder(count(b.answers(), "answer"));
        var mix = b.byDifficulty();
        int mostly = mostly(mix, b.answers());
        if (mostly == 0) {
            text.append(", mostly easy questions; the estimate allows for that, so they count for less on the"
                    + " exam's harder questions");
        } else if (mostly == 2) {
            text.append(", mostly scenario questions; the estimate allows for that, so it credits you on the"
                    + " exam's easier ones too");
        } else if (mostly == 1) {
            text.append(", mostly applied questions");
        } else {
            text.append(String.format(Locale.ROOT, ", a mix of easy, applied and scenario questions (%,d / %,d / %,d)",
                    mix.get(0), mix.get(1), mix.get(2)));
        }
        if (b.examAnswers() > 0) {
            text.append("; ").append(thousands(b.examAnswers())).append(" of them in exam simulations");
        }
        if (b.guessMarkedRight() > 0) {
            text.append("; ").append(count(b.guessMarkedRight(), "right answer")).append(" marked as a guess ")
                    .append(b.guessMarkedRight() == 1 ? "counts" : "count").append(" for less");
        }
        if (b.flaggedRight() > 0) {
            text.append("; ").append(count(b.flaggedRight(), "right answer"))
                    .append(" on questions whose wording gives the key away ")
                    .append(b.flaggedRight() == 1 ? "counts" : "count").append(" for less");
        }
        if (REPEATS_WORTH_SAYING * b.repeats() >= b.answers()) {
            text.append("; ").append(thousands(b.repeats())).append(" of them on questions you had answered before, where"
                    + " remembering the key can flatter the estimate: new questions show readiness best");
        }
        text.append('.');
        levelToPractise(e).ifPresent(level -> text.append(" Next, practise more ").append(LEVEL[level])
                .append(" questions (Quiz, “").append(new QuizScope.Difficulty(level + 1).label())
                .append("”): few of your answers show how you do on them."));
        return text.toString();
    }

    /** The level (0–2 for tags 1–3) the learner has shown least of, to steer practice; empty if balanced. */
    public static Optional<Integer> levelToPractise(ReadinessEstimate e) {
        var mix = e.basis().byDifficulty();
        int total = e.basis().answers();
        if (total == 0) {
            return Optional.empty();
        }
        int least = 0;
        for (int level = 1; level < 3; level++) {
            if (mix.get(level) < mix.get(least)) {
                least = level;
            }
        }
        // Steer only when a level is clearly under-practised: below half its share on the exam (about a third).
        return mix.get(least) < total / 6.0 ? Optional.of(least) : Optional.empty();
    }

    /**
     * When the newest exam simulation of the last {@value #RECENT_EXAM_DAYS} days scored outside the score
     * range, why the two differ; empty otherwise.
     */
    public static Optional<String> examNote(ReadinessSnapshot s) {
        var e = s.estimate();
        if (s.examHistory().isEmpty() || e.basis().answers() == 0) {
            return Optional.empty();
        }
        var last = s.examHistory().get(s.examHistory().size() - 1);
        if (last.date().isBefore(s.date().minusDays(RECENT_EXAM_DAYS))) {
            return Optional.empty();
        }
        double score = last.percent() / 100;
        if (score >= e.scoreLow() - 1e-9 && score <= e.scoreHigh() + 1e-9) {
            return Optional.empty();
        }
        int practice = e.basis().answers() - e.basis().examAnswers();
        var side = score < e.scoreLow() ? "below" : "above";
        var shows = score < e.scoreLow() ? "more" : "less";
        return Optional.of("Your exam simulation on " + last.date() + " scored " + percent(score) + " (" + last.correct()
                + " of " + last.total() + " right), " + side + " this range: the estimate weighs it together with your "
                + count(practice, "practice answer") + ", which show " + shows + " than it did. Another exam "
                + "simulation is the strongest evidence there is.");
    }

    /** A probability that never reads as a certainty: "< 1%" and "> 99%" at the ends, else a whole percent. */
    public static String probability(double p) {
        if (p < 0.005) {
            return "< 1%";
        }
        if (p >= 0.995) {
            return "> 99%";
        }
        return percent(p);
    }

    private static int mostly(List<Integer> mix, int total) {
        for (int level = 0; level < 3; level++) {
            if (mix.get(level) >= MOSTLY * total) {
                return level;
            }
        }
        return -1;
    }

    private static String thousands(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String count(int n, String noun) {
        return thousands(n) + " " + noun + (n == 1 ? "" : "s");
    }

    private static String percent(double p) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * p);
    }

    private static String join(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
