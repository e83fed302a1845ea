package io.studycompanion.domain;

/**
 * One thing wrong with a question file, located by file, question id and field.
 * Question id and field are empty when the problem concerns the whole file.
 */
public record ContentProblem(String file, String questionId, String field, String message) {
    @Override
    public String toString() {
        var where = new StringBuilder(file);
        if (!questionId.isEmpty()) {
            where.append(": ").append(questionId);
        }
        if (!field.isEmpty()) {
            where.append(": ").append(field);
        }
        return where + ": " + message;
    }
}
