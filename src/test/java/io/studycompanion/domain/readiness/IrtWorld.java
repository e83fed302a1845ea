package io.studycompanion.domain.readiness;

import io.studycompanion.domain.ExamMetadata;
import io.studycompanion.domain.Objective;
import io.studycompanion.domain.ObjectiveId;
import io.studycompanion.domain.Outline;
import io.studycompanion.domain.quiz.BlueprintSampler;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A simulated world built on item response theory, independent of the app's readiness model: a bank with hidden true
 * difficulties, learners whose ability grows with practice and fades without it, and exam sittings drawn like the
 * real exam. Everything follows from the world seed and the learner index, so any learner can be re-run alone.
 */
final class IrtWorld {
    static final int EXAM_QUESTIONS = 60;
    /** 70% of 60; the constructor checks it against the fixture metadata. */
    static final int PASS_CORRECT = 42;
    static final int SITTINGS = 5;
    static final int ORACLE_SITTINGS = 400;
    static final int TYPICAL_QUESTIONS = 200;
    static final int MIN_ANSWERS = 30;
    static final int MAX_ANSWERS = 1_500;
    static final double EXAM_SIMULATION_SHARE = 0.15;
    static final int EXAM_SIMULATION_DAYS = 30;
    static final int DIET_ANSWERS = 300;
    static final double MARK_GUESS_UNKNOWN = 0.6;
    static final double MARK_GUESS_KNOWN = 0.05;
    static final Instant NOW = ReadinessFixtures.NOW;

    // Separate random streams per learner, so a diet re-run keeps the same traits but studies afresh.
    private static final int TRAITS = 0;
    private static final int STUDY = 1;
    private static final int TRUTH = 2;
    private static final int DIET_STUDY = 3;
    private static final int DIET_TRUTH = 4;
    private static final int PRACTICE_ONLY_STUDY = 5;
    private static final int PRACTICE_ONLY_TRUTH = 6;

    final Outline outline = ReadinessFixtures.examOutline();
    final ExamMetadata metadata = ReadinessFixtures.examMetadata();
    final IrtBank bank;
    /** Questions an objective's true mastery is measured on (see {@link IrtBank#typical}). */
    private final List<IrtQuestion> typical;
    final Map<Integer, Integer> quotas;
    private final long seed;
    private final List<ObjectiveId> ids;
    private final int[] sectionOf;
    private final int[] sectionSize;

    IrtWorld(long seed) {
        this.seed = seed;
        ids = outline.objectives().stream().map(Objective::id).toList();
        sectionOf = new int[ids.size()];
        sectionSize = new int[outline.sections().size()];
        for (int o = 0; o < ids.size(); o++) {
            sectionOf[o] = ids.get(o).section() - 1;
            sectionSize[sectionOf[o]]++;
        }
        var weights = new TreeMap<Integer, Integer>();
        metadata.sectionWeights().forEach((section, figure) -> weights.put(section, figure.value()));
        quotas = BlueprintSampler.quotas(weights, EXAM_QUESTIONS);
        if (metadata.questionCount().value() != EXAM_QUESTIONS
                || Math.ceil(EXAM_QUESTIONS * metadata.passMarkPercent().value() / 100.0 - 1e-9) != PASS_CORRECT) {
            throw new IllegalStateException("the fixture exam is no longer 60 questions with 42 to pass");
        }
        bank = IrtBank.generate(sectionOf, sectionSize.length, new Random(mix(seed, -1, 0)));
        typical = IrtBank.typical(TYPICAL_QUESTIONS, new Random(mix(seed, -2, 0)));
    }

    /** Learner {@code index} of the main population: 30–1,500 answers in its own style, maybe exam simulations. */
    IrtLearner learner(int index) {
        var traits = traits(index);
        var study = new Random(mix(seed, index, STUDY));
        int answers = (int) Math.round(Math.exp(Math.log(MIN_ANSWERS)
                + study.nextDouble() * (Math.log(MAX_ANSWERS) - Math.log(MIN_ANSWERS))));
        var slots = new ArrayList<StudySlot>();
        StudySchedule.practiceTimes(answers, NOW, study).forEach(at -> slots.add(new StudySlot(at, null)));
        if (study.nextDouble() < EXAM_SIMULATION_SHARE) {
            int simulations = 1 + study.nextInt(2);
            for (int i = 0; i < simulations; i++) {
                slots.addAll(examSimulation(study));
            }
        }
        slots.sort(Comparator.comparing(StudySlot::at));
        var picker = QuestionPicker.of(traits.style(), bank, sectionOf, answers);
        return live(index, traits, traits.style(), slots, picker, study, new Random(mix(seed, index, TRUTH)));
    }

    /** The same learner, practising only questions tagged {@code tag}, {@value #DIET_ANSWERS} answers, no exams. */
    IrtLearner diet(int index, int tag) {
        var study = new Random(mix(seed, index, DIET_STUDY, tag));
        return practiceOnly(index, QuestionPicker.uniform(bank.practiceTagged(tag)), DIET_ANSWERS, study,
                new Random(mix(seed, index, DIET_TRUTH, tag)));
    }

    /** The same learner, practising {@code answers} questions uniformly over the bank, no exams. */
    IrtLearner uniformPractice(int index, int answers) {
        var picker = QuestionPicker.uniform(bank.practice().stream().flatMap(List::stream).toList());
        return practiceOnly(index, picker, answers, new Random(mix(seed, index, PRACTICE_ONLY_STUDY)),
                new Random(mix(seed, index, PRACTICE_ONLY_TRUTH)));
    }

    private IrtLearner practiceOnly(int index, QuestionPicker picker, int answers, Random study, Random truth) {
        var slots = StudySchedule.practiceTimes(answers, NOW, study).stream().map(at -> new StudySlot(at, null)).toList();
        return live(index, traits(index), StudyStyle.RANDOM, slots, picker, study, truth);
    }

    private LearnerTraits traits(int index) {
        return LearnerTraits.generate(sectionSize.length, ids.size(), new Random(mix(seed, index, TRAITS)));
    }

    /** Sixty exam-pool questions by the blueprint quotas, answered one every 30–150 s from a random start. */
    private List<StudySlot> examSimulation(Random random) {
        var at = StudySchedule.examStart(EXAM_SIMULATION_DAYS, EXAM_QUESTIONS, NOW, random);
        var slots = new ArrayList<StudySlot>();
        for (var question : drawExam(random)) {
            slots.add(new StudySlot(at, question));
            at = at.plusSeconds(30 + random.nextInt(120));
        }
        return slots;
    }

    private List<IrtQuestion> drawExam(Random random) {
        var drawn = new ArrayList<IrtQuestion>();
        for (int s = 0; s < sectionSize.length; s++) {
            var pool = new ArrayList<>(bank.exam().get(s));
            Collections.shuffle(pool, random);
            drawn.addAll(pool.subList(0, quotas.get(s + 1)));
        }
        Collections.shuffle(drawn, random);
        return drawn;
    }

    /** Runs the slots in time order: answer with the ability of that moment, then learn from practice answers. */
    private IrtLearner live(int index, LearnerTraits traits, StudyStyle style, List<StudySlot> slots,
                            QuestionPicker picker, Random study, Random truth) {
        var ability = new IrtAbility(traits, sectionOf, sectionSize);
        var history = new ArrayList<AnswerEvent>(slots.size());
        for (var slot : slots) {
            var question = slot.exam() ? slot.examQuestion() : picker.next(study);
            boolean knows = study.nextDouble() < question.knowChance(ability.theta(question.objective(), slot.at()));
            boolean right = knows || study.nextDouble() < question.guessChance();
            boolean marked = study.nextDouble() < (knows ? MARK_GUESS_KNOWN : MARK_GUESS_UNKNOWN);
            history.add(new AnswerEvent(question.id(), List.of(ids.get(question.objective())), right, slot.at(),
                    question.tag(), question.guessChance(), question.exam(), marked, false));
            if (!slot.exam()) {
                picker.answered(question, right);
                ability.practise(question.objective(), slot.at());
            }
        }
        var truthAtNow = ExamTruth.at(NOW, ability, bank, quotas);
        int[] scores = new int[SITTINGS];
        for (int i = 0; i < SITTINGS; i++) {
            scores[i] = truthAtNow.sit(truth);
        }
        int[] oracle = new int[ORACLE_SITTINGS];
        int passed = 0;
        for (int i = 0; i < ORACLE_SITTINGS; i++) {
            oracle[i] = truthAtNow.sit(truth);
            passed += oracle[i] >= PASS_CORRECT ? 1 : 0;
        }
        Arrays.sort(oracle);
        return new IrtLearner(index, style, traits.learningSpeed(), traits.startAbility(), history,
                truthAtNow.expectedScore(EXAM_QUESTIONS), scores, (double) passed / ORACLE_SITTINGS,
                quantile(oracle, 0.1) / (double) EXAM_QUESTIONS, quantile(oracle, 0.9) / (double) EXAM_QUESTIONS,
                ExamTruth.objectiveChances(NOW, ability, typical, ids.size()));
    }

    /** The smallest sorted value with at least {@code share} of the values at or below it. */
    private static int quantile(int[] sorted, double share) {
        return sorted[(int) Math.ceil(share * sorted.length) - 1];
    }

    /** A well-spread seed from the world seed, the learner and the stream, so nearby seeds give unrelated streams. */
    static long mix(long... parts) {
        long h = 0x5851F42D4C957F2DL;
        for (long part : parts) {
            h = (h ^ part) * 0x9E3779B97F4A7C15L;
            h ^= h >>> 29;
            h *= 0xBF58476D1CE4E5B9L;
            h ^= h >>> 32;
        }
        return h;
    }

    /** One moment on the study timeline: a practice answer (question chosen then) or a fixed exam question. */
    record StudySlot(Instant at, IrtQuestion examQuestion) {
        boolean exam() {
            return examQuestion != null;
        }
    }
}
