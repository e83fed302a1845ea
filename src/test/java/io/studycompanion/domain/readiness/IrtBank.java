package io.studycompanion.domain.readiness;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The simulated question bank: per objective a practice set, and apart from it an exam pool the real exam (and the
 * app's exam simulations) draw from, so no truth is measured on the very questions the learner practised.
 *
 * @param practice per objective, its practice questions
 * @param exam     per section, the exam pool of all its objectives
 */
record IrtBank(List<List<IrtQuestion>> practice, List<List<IrtQuestion>> exam) {
    static final int PRACTICE_PER_OBJECTIVE = 10;
    static final int EXAM_PER_OBJECTIVE = 6;
    static final double[] TAG_SHARES = {0.25, 0.45, 0.30};
    /**
     * Mean true difficulty per tag, index 1–3. About two logits from tag 1 to tag 3 and deliberately off-centre: a
     * model that assumes "tag 2 is average" or a symmetric scale gets a visible bias.
     */
    static final double[] TAG_OFFSETS = {Double.NaN, -0.9, 0.2, 1.2};
    /** Spread of true difficulty within one tag: tags are a rough author judgement. */
    static final double DIFFICULTY_SD = 0.6;
    static final double LOG_DISCRIMINATION_SD = 0.25;

    /** @param sectionOf section index of each objective, in outline order */
    static IrtBank generate(int[] sectionOf, int sections, Random random) {
        var practice = new ArrayList<List<IrtQuestion>>();
        var exam = new ArrayList<List<IrtQuestion>>();
        for (int s = 0; s < sections; s++) {
            exam.add(new ArrayList<>());
        }
        for (int o = 0; o < sectionOf.length; o++) {
            var own = new ArrayList<IrtQuestion>();
            for (int k = 0; k < PRACTICE_PER_OBJECTIVE; k++) {
                own.add(question("p" + o + "-" + k, o, sectionOf[o], false, random));
            }
            practice.add(List.copyOf(own));
            for (int k = 0; k < EXAM_PER_OBJECTIVE; k++) {
                exam.get(sectionOf[o]).add(question("x" + o + "-" + k, o, sectionOf[o], true, random));
            }
        }
        return new IrtBank(List.copyOf(practice), exam.stream().map(List::copyOf).toList());
    }

    /**
     * Questions of no particular objective, drawn like any other: an objective's mastery is its chance on these at
     * its ability (a question it could be asked), not on the few exam-pool questions it happens to have.
     */
    static List<IrtQuestion> typical(int count, Random random) {
        var typical = new ArrayList<IrtQuestion>(count);
        for (int k = 0; k < count; k++) {
            typical.add(question("t" + k, 0, 0, true, random));
        }
        return List.copyOf(typical);
    }

    private static IrtQuestion question(String id, int objective, int section, boolean exam, Random random) {
        double u = random.nextDouble();
        int tag = u < TAG_SHARES[0] ? 1 : u < TAG_SHARES[0] + TAG_SHARES[1] ? 2 : 3;
        double difficulty = TAG_OFFSETS[tag] + DIFFICULTY_SD * random.nextGaussian();
        double discrimination = Math.exp(LOG_DISCRIMINATION_SD * random.nextGaussian());
        // Shapes: 80% one of four, 10% one of five, 10% "choose two of five" (a blind guess hits 1 in 10).
        double shape = random.nextDouble();
        int choices = shape < 0.8 ? 4 : 5;
        int choose = shape < 0.9 ? 1 : 2;
        return new IrtQuestion(id, objective, section, tag, difficulty, discrimination, choices, choose, exam);
    }

    /** Every practice question carrying {@code tag}, across all objectives. */
    List<IrtQuestion> practiceTagged(int tag) {
        return practice.stream().flatMap(List::stream).filter(q -> q.tag() == tag).toList();
    }
}
