package io.studycompanion.ui.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a code snippet into coloured tokens for python, sql, yaml, bash and json.
 * <p>
 * A small rule-based scanner, not a parser: at each position the first matching rule wins, anything else
 * becomes plain text. Tokens are consecutive slices of the input, so joining their texts always gives the
 * input back unchanged, whatever the snippet contains. Free of JavaFX so it can be tested on its own.
 */
public final class CodeHighlighter {
    /** What a token is, which decides its colour; {@link #styleClass()} names the CSS class. */
    public enum TokenKind {
        KEYWORD, STRING, COMMENT, NUMBER, FUNCTION, KEY, VARIABLE, PLAIN;

        /** The CSS style class of this kind, for example {@code tok-keyword}. */
        public String styleClass() {
            return "tok-" + name().toLowerCase(Locale.ROOT);
        }
    }

    /** A slice of the code and its kind. */
    public record Token(String text, TokenKind kind) {
    }

    /** Decides the kind of a matched word from its surroundings (the match is {@code code[start, end)}). */
    private interface Classifier {
        TokenKind classify(String code, int start, int end);
    }

    private record Rule(Pattern pattern, Classifier classifier) {
        static Rule of(String regex, TokenKind kind) {
            return new Rule(Pattern.compile(regex), (code, start, end) -> kind);
        }
    }

    // Possessive quantifiers keep long strings from overflowing the regex engine's stack.
    private static final String DQ = "\"(?:[^\"\\\\\\n]++|\\\\.)*+\"?";
    private static final String SQ = "'(?:[^'\\\\\\n]++|\\\\.)*+'?";
    private static final String NUMBER = "(?:0[xX][0-9a-fA-F_]+|\\d[\\d_]*(?:\\.\\d*)?(?:[eE][+-]?\\d+)?|\\.\\d+)";
    // "#" starts a comment only at the start or after whitespace, so "${#x}" or "a#b" are not comments.
    private static final String HASH_COMMENT = "(?<![^\\s])#[^\\n]*";
    // Digits glued to a word or a dash ("v2", "2024-01-01") are not numbers.
    private static final String LONE_NUMBER = "(?<![\\w.\\-])[+-]?" + NUMBER + "(?![\\w.\\-])";
    private static final String WORD = "[A-Za-z_][\\w]*";

    private static final Set<String> PYTHON_KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert",
            "async", "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for",
            "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
            "return", "try", "while", "with", "yield");
    private static final Set<String> SQL_KEYWORDS = Set.of("select", "from", "where", "and", "or", "not", "as",
            "by", "group", "order", "having", "limit", "join", "inner", "left", "right", "full", "outer", "cross",
            "on", "using", "union", "all", "distinct", "insert", "into", "values", "update", "set", "delete",
            "merge", "matched", "when", "then", "else", "end", "case", "create", "replace", "alter", "drop", "table",
            "view", "function", "returns", "return", "language", "if", "exists", "null", "is", "in", "like",
            "between", "asc", "desc", "true", "false", "with", "constraint", "primary", "key", "foreign",
            "references", "default", "tblproperties", "partitioned", "comment", "string", "int", "bigint", "long",
            "double", "float", "boolean", "timestamp", "date", "decimal", "array", "map", "struct", "grant",
            "revoke", "show", "describe", "optimize", "vacuum", "catalog", "schema", "python", "add", "column");
    private static final Set<String> BASH_KEYWORDS = Set.of("if", "then", "else", "elif", "fi", "for", "in", "do",
            "done", "while", "until", "case", "esac", "function", "return", "export", "local", "set", "unset");
    private static final Set<String> BASH_COMMANDS = Set.of("databricks", "curl", "git", "pip", "pip3", "python",
            "python3", "pytest", "echo", "cd", "ls", "cat", "grep", "mkdir", "rm", "cp", "mv", "sudo", "apt",
            "apt-get", "docker", "kubectl", "mlflow", "jq", "wget", "tar", "chmod", "source", "conda", "make");
    private static final Set<String> LITERALS = Set.of("true", "false", "null");

    private static final Map<String, List<Rule>> GRAMMARS = Map.of(
            "python", python(), "sql", sql(), "yaml", yaml(), "bash", bash(), "json", json());
    private static final Map<String, String> ALIASES = Map.of(
            "py", "python", "python3", "python", "yml", "yaml", "sh", "bash", "shell", "bash", "zsh", "bash",
            "console", "bash", "sparksql", "sql", "pyspark", "python");

    private CodeHighlighter() {
    }

    /**
     * Tokenizes {@code code} written in {@code language} (case-insensitive; common aliases such as
     * {@code py}, {@code yml}, {@code sh} are accepted). An unknown or blank language gives the whole code as
     * one plain token; empty code gives no tokens. Joining the token texts always reproduces {@code code}.
     */
    public static List<Token> tokenize(String code, String language) {
        if (code.isEmpty()) {
            return List.of();
        }
        String name = language.strip().toLowerCase(Locale.ROOT);
        List<Rule> rules = GRAMMARS.get(ALIASES.getOrDefault(name, name));
        return rules == null ? List.of(new Token(code, TokenKind.PLAIN)) : scan(code, rules);
    }

    private static List<Token> scan(String code, List<Rule> rules) {
        List<Matcher> matchers = rules.stream().map(rule -> rule.pattern().matcher(code)
                // Transparent, non-anchoring bounds let look-behinds see the text before the current position.
                .useTransparentBounds(true).useAnchoringBounds(false)).toList();
        List<Token> tokens = new ArrayList<>();
        int pos = 0;
        while (pos < code.length()) {
            int end = pos + 1;
            TokenKind kind = TokenKind.PLAIN;
            for (int i = 0; i < rules.size(); i++) {
                Matcher m = matchers.get(i).region(pos, code.length());
                if (m.lookingAt() && m.end() > pos) {
                    end = m.end();
                    kind = rules.get(i).classifier().classify(code, pos, end);
                    break;
                }
            }
            append(tokens, code.substring(pos, end), kind);
            pos = end;
        }
        return List.copyOf(tokens);
    }

    /** Adds a token, merging it into the previous one when both have the same kind, to keep the list short. */
    private static void append(List<Token> tokens, String text, TokenKind kind) {
        int last = tokens.size() - 1;
        if (last >= 0 && tokens.get(last).kind() == kind) {
            tokens.set(last, new Token(tokens.get(last).text() + text, kind));
        } else {
            tokens.add(new Token(text, kind));
        }
    }

    private static List<Rule> python() {
        return List.of(
                // Strings are matched whole, so any "#" seen between tokens starts a comment.
                Rule.of("#[^\\n]*", TokenKind.COMMENT),
                Rule.of("(?i:[rbuf]{0,2})(?:\"\"\"[\\s\\S]*?(?:\"\"\"|\\z)|'''[\\s\\S]*?(?:'''|\\z))", TokenKind.STRING),
                Rule.of("(?i:[rbuf]{0,2})(?:" + DQ + "|" + SQ + ")", TokenKind.STRING),
                Rule.of("@" + WORD + "(?:\\." + WORD + ")*", TokenKind.FUNCTION),
                Rule.of(NUMBER + "[jJ]?", TokenKind.NUMBER),
                new Rule(Pattern.compile(WORD), (code, start, end) -> word(code, start, end, PYTHON_KEYWORDS)));
    }

    private static List<Rule> sql() {
        return List.of(
                Rule.of("--[^\\n]*", TokenKind.COMMENT),
                Rule.of("/\\*[\\s\\S]*?(?:\\*/|\\z)", TokenKind.COMMENT),
                Rule.of("\\$\\$[\\s\\S]*?(?:\\$\\$|\\z)", TokenKind.STRING),
                Rule.of("'(?:[^'\\\\]++|''|\\\\.)*+'?", TokenKind.STRING),
                Rule.of(DQ, TokenKind.STRING),
                Rule.of("(?<!:):" + WORD, TokenKind.VARIABLE),
                Rule.of(NUMBER, TokenKind.NUMBER),
                new Rule(Pattern.compile(WORD), (code, start, end) -> sqlWord(code, start, end)));
    }

    private static List<Rule> yaml() {
        return List.of(
                Rule.of(HASH_COMMENT, TokenKind.COMMENT),
                // A key is a name followed by ":" and then a space or the end of the line ("https://x" is not one).
                Rule.of("(?m)[\\w\"'][\\w.\"'\\-/ ]*?(?=[ \\t]*:(?:[ \\t]|$))", TokenKind.KEY),
                Rule.of("\\$\\{[^}\\n]*}?", TokenKind.VARIABLE),
                Rule.of(DQ + "|" + SQ, TokenKind.STRING),
                Rule.of(LONE_NUMBER, TokenKind.NUMBER),
                new Rule(Pattern.compile("[A-Za-z_][\\w.\\-]*"), (code, start, end) ->
                        LITERALS.contains(code.substring(start, end).toLowerCase(Locale.ROOT))
                                ? TokenKind.KEYWORD : TokenKind.PLAIN));
    }

    private static List<Rule> bash() {
        return List.of(
                Rule.of(HASH_COMMENT, TokenKind.COMMENT),
                Rule.of(DQ + "|'[^']*+'?", TokenKind.STRING),
                Rule.of("\\$\\{[^}\\n]*}?|\\$\\w+", TokenKind.VARIABLE),
                Rule.of("(?<![^\\s])--?[A-Za-z][\\w\\-]*", TokenKind.KEY),
                Rule.of(LONE_NUMBER, TokenKind.NUMBER),
                new Rule(Pattern.compile("[A-Za-z_][\\w\\-]*"), CodeHighlighter::bashWord));
    }

    private static List<Rule> json() {
        return List.of(
                new Rule(Pattern.compile(DQ), (code, start, end) ->
                        nextChar(code, end) == ':' ? TokenKind.KEY : TokenKind.STRING),
                Rule.of("-?" + NUMBER, TokenKind.NUMBER),
                new Rule(Pattern.compile(WORD), (code, start, end) ->
                        LITERALS.contains(code.substring(start, end)) ? TokenKind.KEYWORD : TokenKind.PLAIN));
    }

    /** Python words: keywords, names being defined, and names being called. */
    private static TokenKind word(String code, int start, int end, Set<String> keywords) {
        String text = code.substring(start, end);
        if (keywords.contains(text) && !afterDot(code, start)) {
            return TokenKind.KEYWORD;
        }
        return definedAt(code, start) || nextChar(code, end) == '(' ? TokenKind.FUNCTION : TokenKind.PLAIN;
    }

    private static TokenKind sqlWord(String code, int start, int end) {
        // After a dot a word is a column or table name ("window.start"), never a keyword.
        if (!afterDot(code, start) && SQL_KEYWORDS.contains(code.substring(start, end).toLowerCase(Locale.ROOT))) {
            return TokenKind.KEYWORD;
        }
        return nextChar(code, end) == '(' ? TokenKind.FUNCTION : TokenKind.PLAIN;
    }

    private static TokenKind bashWord(String code, int start, int end) {
        String text = code.substring(start, end);
        if (BASH_KEYWORDS.contains(text)) {
            return TokenKind.KEYWORD;
        }
        return BASH_COMMANDS.contains(text) ? TokenKind.FUNCTION : TokenKind.PLAIN;
    }

    private static boolean afterDot(String code, int start) {
        return start > 0 && code.charAt(start - 1) == '.';
    }

    /** The first character at or after {@code from} that is not a space or tab, or 0 at the end of the line. */
    private static char nextChar(String code, int from) {
        int i = from;
        while (i < code.length() && (code.charAt(i) == ' ' || code.charAt(i) == '\t')) {
            i++;
        }
        return i < code.length() ? code.charAt(i) : 0;
    }

    /** Whether the word at {@code start} is the name in a {@code def} or {@code class} statement. */
    private static boolean definedAt(String code, int start) {
        int end = start;
        while (end > 0 && (code.charAt(end - 1) == ' ' || code.charAt(end - 1) == '\t')) {
            end--;
        }
        int begin = end;
        while (begin > 0 && Character.isLetter(code.charAt(begin - 1))) {
            begin--;
        }
        String previous = code.substring(begin, end);
        return end < start && (previous.equals("def") || previous.equals("class"));
    }
}
