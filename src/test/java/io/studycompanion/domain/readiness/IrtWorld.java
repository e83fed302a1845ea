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
 * <p>
 * Optionally ({@link KeyMemory}, off by default) learners remember the keys of questions they have seen and some
 * review what they missed at the end of each session. Memory changes answers, never ability: a remembered answer is
 * right (marked a guess only at the {@link #MARK_GUESS_KNOWN} rate), but every practice answer, remembered or not,
 * still counts as practice, because the learner reads the key and explanation either way. So for a learner whose
 * choice of questions does not depend on its results (random or section-by-section, no review habit) memory leaves
 * the ability path, and with it the truth, exactly as without memory. The truth is measured on fresh exam-pool
 * questions at NOW without memory, as before. A learner keeps one memory (drawn from its own stream) in all its runs:
 * diets and uniform practice remember and review at the world's settings too; a crammer never reviews.
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
    // Key memory has streams of its own: turning it on leaves every draw above where it was.
    private static final int MEMORY = 7;
    private static final int RECALL = 8;
    private static final int DIET_RECALL = 9;
    private static final int PRACTICE_ONLY_RECALL = 10;
    private static final int CRAM_STUDY = 11;
    private static final int CRAM_TRUTH = 12;
    private static final int CRAM_RECALL = 13;

    final Outline outline = ReadinessFixtures.examOutline();
    final ExamMetadata metadata = ReadinessFixtures.examMetadata();
    final IrtBank bank;
    /** Questions an objective's true mastery is measured on (see {@link IrtBank#typical}). */
    private final List<IrtQuestion> typical;
    final Map<Integer, Integer> quotas;
    private final long seed;
    private final KeyMemory memory;
    private final List<ObjectiveId> ids;
    private final int[] sectionOf;
    private final int[] sectionSize;

    /** A world whose learners remember no keys and never review: {@code new IrtWorld(seed, KeyMemory.OFF)}. */
    IrtWorld(long seed) {
        this(seed, KeyMemory.OFF);
    }

    /** A world whose learners remember keys and review as {@code memory} says; the bank is that of {@code seed}. */
    IrtWorld(long seed, KeyMemory memory) {
        this.seed = seed;
        this.memory = memory;
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
        var slots = practiceSlots(StudySchedule.sessions(answers, NOW, study));
        if (study.nextDouble() < EXAM_SIMULATION_SHARE) {
            int simulations = 1 + study.nextInt(2);
            for (int i = 0; i < simulations; i++) {
                slots.addAll(examSimulation(study));
            }
        }
        slots.sort(Comparator.comparing(StudySlot::at));
        var picker = QuestionPicker.of(traits.style(), bank, sectionOf, answers);
        return live(index, traits, traits.style(), memoryOf(index, memory), slots, picker, study,
                new Random(mix(seed, index, RECALL)), new Random(mix(seed, index, TRUTH)));
    }

    /** The same learner, practising only questions tagged {@code tag}, {@value #DIET_ANSWERS} answers, no exams. */
    IrtLearner diet(int index, int tag) {
        var study = new Random(mix(seed, index, DIET_STUDY, tag));
        return practiceOnly(index, QuestionPicker.uniform(bank.practiceTagged(tag)), DIET_ANSWERS,
                memoryOf(index, memory), study, new Random(mix(seed, index, DIET_RECALL, tag)),
                new Random(mix(seed, index, DIET_TRUTH, tag)));
    }

    /** The same learner, practising {@code answers} questions uniformly over the bank, no exams. */
    IrtLearner uniformPractice(int index, int answers) {
        var picker = QuestionPicker.uniform(bank.practice().stream().flatMap(List::stream).toList());
        return practiceOnly(index, picker, answers, memoryOf(index, memory),
                new Random(mix(seed, index, PRACTICE_ONLY_STUDY)), new Random(mix(seed, index, PRACTICE_ONLY_RECALL)),
                new Random(mix(seed, index, PRACTICE_ONLY_TRUTH)));
    }

    /**
     * The same learner as a crammer: it picks {@code questionsPerObjective} practice questions of each objective once
     * (at random) and goes through that whole set {@code passes} times, each pass in a fresh order, in ordinary
     * sessions over the 60 days; no exam simulations, no review (its repetition is the passes). It remembers keys
     * with its own memory at the world's settings, or, in a world without memory, at {@link KeyMemory#STRONG}.
     * Recorded as {@link StudyStyle#RANDOM}.
     */
    IrtLearner crammer(int index, int questionsPerObjective, int passes) {
        return crammer(index, questionsPerObjective, passes, memory.off() ? KeyMemory.STRONG : memory);
    }

    /** A crammer remembering as {@code keyMemory} says ({@link KeyMemory#OFF}: no memory at all). */
    IrtLearner crammer(int index, int questionsPerObjective, int passes, KeyMemory keyMemory) {
        int answers = questionsPerObjective * ids.size() * passes;
        if (questionsPerObjective < 1 || questionsPerObjective > IrtBank.PRACTICE_PER_OBJECTIVE || passes < 1
                || answers > MAX_ANSWERS) {
            throw new IllegalArgumentException("a crammer needs 1–" + IrtBank.PRACTICE_PER_OBJECTIVE
                    + " questions per objective and at most " + MAX_ANSWERS + " answers in all");
        }
        var study = new Random(mix(seed, index, CRAM_STUDY, questionsPerObjective, passes));
        var set = new ArrayList<IrtQuestion>();
        for (var own : bank.practice()) {
            var shuffled = new ArrayList<>(own);
            Collections.shuffle(shuffled, study);
            set.addAll(shuffled.subList(0, questionsPerObjective));
        }
        return practiceOnly(index, QuestionPicker.passes(List.copyOf(set)), answers,
                memoryOf(index, keyMemory).withoutReview(), study,
                new Random(mix(seed, index, CRAM_RECALL, questionsPerObjective, passes)),
                new Random(mix(seed, index, CRAM_TRUTH, questionsPerObjective, passes)));
    }

    private IrtLearner practiceOnly(int index, QuestionPicker picker, int answers, LearnerMemory learnerMemory,
                                    Random study, Random recall, Random truth) {
        var slots = practiceSlots(StudySchedule.sessions(answers, NOW, study));
        return live(index, traits(index), StudyStyle.RANDOM, learnerMemory, slots, picker, study, recall, truth);
    }

    /** Learner {@code index}'s memory at {@code keyMemory}'s settings, from its own stream (the same in every run). */
    private LearnerMemory memoryOf(int index, KeyMemory keyMemory) {
        return keyMemory.draw(new Random(mix(seed, index, MEMORY)));
    }

    /** Each session's times as practice slots, in time order; a slot knows its session and how many are left in it. */
    private static ArrayList<StudySlot> practiceSlots(List<List<Instant>> sessions) {
        var slots = new ArrayList<StudySlot>();
        for (int s = 0; s < sessions.size(); s++) {
            var times = sessions.get(s);
            for (int k = 0; k < times.size(); k++) {
                slots.add(new StudySlot(times.get(k), null, s, times.size() - k));
            }
        }
        slots.sort(Comparator.comparing(StudySlot::at));
        return slots;
    }

    private LearnerTraits traits(int index) {
        return LearnerTraits.generate(sectionSize.length, ids.size(), new Random(mix(seed, index, TRAITS)));
    }

    /** Sixty exam-pool questions by the blueprint quotas, answered one every 30–150 s from a random start. */
    private List<StudySlot> examSimulation(Random random) {
        var at = StudySchedule.examStart(EXAM_SIMULATION_DAYS, EXAM_QUESTIONS, NOW, random);
        var slots = new ArrayList<StudySlot>();
        for (var question : drawExam(random)) {
            slots.add(new StudySlot(at, question, -1, 0));
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

    /**
     * Runs the slots in time order: answer with the ability of that moment (or from memory of the key), then learn
     * from practice answers. The study draws are the same whether or not an answer is remembered; memory draws come
     * from {@code recall} alone.
     */
    private IrtLearner live(int index, LearnerTraits traits, StudyStyle style, LearnerMemory learnerMemory,
                            List<StudySlot> slots, QuestionPicker picker, Random study, Random recall, Random truth) {
        var ability = new IrtAbility(traits, sectionOf, sectionSize);
        var keys = new SeenKeys(learnerMemory);
        var reviews = new ReviewQueue();
        var history = new ArrayList<AnswerEvent>(slots.size());
        for (var slot : slots) {
            var review = slot.exam() || !learnerMemory.reviews() ? null : reviews.due(slot);
            var question = slot.exam() ? slot.examQuestion() : review != null ? review : picker.next(study);
            boolean remembers = keys.remembers(question, slot.at(), recall);
            boolean knows = study.nextDouble() < question.knowChance(ability.theta(question.objective(), slot.at()));
            boolean right = knows || study.nextDouble() < question.guessChance() || remembers;
            boolean marked = study.nextDouble() < (knows || remembers ? MARK_GUESS_KNOWN : MARK_GUESS_UNKNOWN);
            history.add(new AnswerEvent(question.id(), List.of(ids.get(question.objective())), right, slot.at(),
                    question.tag(), question.guessChance(), question.exam(), marked, false));
            keys.saw(question, slot.at());
            if (!slot.exam()) {
                if (learnerMemory.reviews() && review == null && !right) {
                    reviews.missed(slot, question);
                }
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
                ExamTruth.objectiveChances(NOW, ability, typical, ids.size()), learnerMemory);
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

    /**
     * One moment on the study timeline: a practice answer (question chosen then) or a fixed exam question.
     *
     * @param session index of its study session (−1 for an exam question)
     * @param left    practice slots left in its session, this one included
     */
    record StudySlot(Instant at, IrtQuestion examQuestion, int session, int left) {
        boolean exam() {
            return examQuestion != null;
        }
    }
}
