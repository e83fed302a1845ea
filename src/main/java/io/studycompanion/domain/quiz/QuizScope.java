package io.studycompanion.domain.quiz;

import io.studycompanion.domain.ObjectiveId;

import java.util.Set;

/** Which questions a practice quiz draws from. */
public sealed interface QuizScope {
    String label();

    /** Every question of the exam version. */
    record Everything() implements QuizScope {
        public String label() { return "Everything"; }
    }

    record Section(int number, String title) implements QuizScope {
        public String label() { return "Section " + number + ": " + title; }
    }

    record Subsection(int section, int number, String title) implements QuizScope {
        public String label() { return section + "." + number + " " + title; }
    }

    record Objectives(Set<ObjectiveId> ids, String description) implements QuizScope {
        public Objectives {
            ids = Set.copyOf(ids);
        }

        public String label() { return description; }
    }

    /** Questions of one difficulty tag: the dashboard steers toward the level the learner has shown least. */
    record Difficulty(int level) implements QuizScope {
        private static final String[] NAMES = {"Easy (recall) questions", "Applied questions",
                "Scenario (multi-step) questions"};

        public Difficulty {
            if (level < 1 || level > 3) {
                throw new IllegalArgumentException("difficulty goes from 1 to 3: " + level);
            }
        }

        public String label() { return NAMES[level - 1]; }
    }

    /** Questions whose last answer was wrong. */
    record MissedBefore() implements QuizScope {
        public String label() { return "Questions I missed before"; }
    }

    record NeverSeen() implements QuizScope {
        public String label() { return "Questions I have never seen"; }
    }

    record Flagged() implements QuizScope {
        public String label() { return "Questions I flagged"; }
    }
}
