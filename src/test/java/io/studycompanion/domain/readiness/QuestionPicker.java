package io.studycompanion.domain.readiness;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Chooses a simulated learner's next practice question; told each result, as weak-first study needs them. */
interface QuestionPicker {
    IrtQuestion next(Random random);

    default void answered(IrtQuestion question, boolean right) {
    }

    /** @param practiceAnswers how many practice answers the learner will give in all (section-by-section plans on it) */
    static QuestionPicker of(StudyStyle style, IrtBank bank, int[] sectionOf, int practiceAnswers) {
        return switch (style) {
            case RANDOM -> uniform(bank.practice().stream().flatMap(List::stream).toList());
            case WEAK_FIRST -> new WeakFirst(bank.practice());
            case SECTION_BY_SECTION -> new SectionBySection(bank.practice(), sectionOf, practiceAnswers);
        };
    }

    /** Any of {@code questions}, uniformly (also how a diet picks among the questions of its one tag). */
    static QuestionPicker uniform(List<IrtQuestion> questions) {
        return random -> questions.get(random.nextInt(questions.size()));
    }

    /**
     * The questions of {@code set} over and over: each pass goes through all of them once, in a fresh random order
     * (how a crammer drills its few questions).
     */
    static QuestionPicker passes(List<IrtQuestion> set) {
        var left = new ArrayDeque<IrtQuestion>();
        return random -> {
            if (left.isEmpty()) {
                var order = new ArrayList<>(set);
                Collections.shuffle(order, random);
                left.addAll(order);
            }
            return left.poll();
        };
    }

    private static IrtQuestion anyOf(List<IrtQuestion> questions, Random random) {
        return questions.get(random.nextInt(questions.size()));
    }

    /**
     * Usually the objective with the lowest recent accuracy (last {@value #WINDOW} answers, shrunk toward ½ so an
     * untried objective counts as middling); now and then any objective, as real learners wander.
     */
    final class WeakFirst implements QuestionPicker {
        static final int WINDOW = 5;
        static final double WANDER = 0.25;
        private final List<List<IrtQuestion>> practice;
        private final List<ArrayDeque<Boolean>> recent = new ArrayList<>();

        WeakFirst(List<List<IrtQuestion>> practice) {
            this.practice = practice;
            practice.forEach(p -> recent.add(new ArrayDeque<>()));
        }

        @Override
        public IrtQuestion next(Random random) {
            if (random.nextDouble() < WANDER) {
                return anyOf(practice.get(random.nextInt(practice.size())), random);
            }
            int weakest = -1;
            double lowest = Double.POSITIVE_INFINITY;
            int ties = 0;
            for (int o = 0; o < practice.size(); o++) {
                double accuracy = recentAccuracy(o);
                if (accuracy < lowest - 1e-12) {
                    lowest = accuracy;
                    weakest = o;
                    ties = 1;
                } else if (Math.abs(accuracy - lowest) <= 1e-12 && random.nextInt(++ties) == 0) {
                    weakest = o; // reservoir choice: ties broken uniformly
                }
            }
            return anyOf(practice.get(weakest), random);
        }

        private double recentAccuracy(int objective) {
            var window = recent.get(objective);
            long right = window.stream().filter(b -> b).count();
            return (right + 1.0) / (window.size() + 2.0);
        }

        @Override
        public void answered(IrtQuestion question, boolean right) {
            var window = recent.get(question.objective());
            window.addLast(right);
            if (window.size() > WINDOW) {
                window.removeFirst();
            }
        }
    }

    /**
     * Sections in order, each given a share of the answers proportional to its number of objectives. Every practice
     * answer counts toward the plan, reviews too (they are told through {@link #answered}), so a reviewing learner
     * still reaches the last section.
     */
    final class SectionBySection implements QuestionPicker {
        private final List<List<IrtQuestion>> bySection = new ArrayList<>();
        private final int[] endOfSection;
        private int given;

        SectionBySection(List<List<IrtQuestion>> practice, int[] sectionOf, int practiceAnswers) {
            int sections = 0;
            for (int s : sectionOf) {
                sections = Math.max(sections, s + 1);
            }
            int[] size = new int[sections];
            for (int s = 0; s < sections; s++) {
                bySection.add(new ArrayList<>());
            }
            for (int o = 0; o < sectionOf.length; o++) {
                bySection.get(sectionOf[o]).addAll(practice.get(o));
                size[sectionOf[o]]++;
            }
            endOfSection = new int[sections];
            int cumulative = 0;
            for (int s = 0; s < sections; s++) {
                cumulative += size[s];
                endOfSection[s] = (int) Math.round((double) practiceAnswers * cumulative / sectionOf.length);
            }
        }

        @Override
        public IrtQuestion next(Random random) {
            int section = 0;
            while (section < endOfSection.length - 1 && given >= endOfSection[section]) {
                section++;
            }
            return anyOf(bySection.get(section), random);
        }

        @Override
        public void answered(IrtQuestion question, boolean right) {
            given++;
        }
    }
}
