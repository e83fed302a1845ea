package io.studycompanion.domain.readiness;

/** How a simulated learner chooses what to practise next. */
enum StudyStyle {
    /** Any question of the bank, uniformly. */
    RANDOM,
    /** Mostly the objective whose recent answers went worst: practice piles up where ability is low. */
    WEAK_FIRST,
    /** Section 1, then 2, then 3: early sections are studied long before NOW and partly forgotten. */
    SECTION_BY_SECTION
}
