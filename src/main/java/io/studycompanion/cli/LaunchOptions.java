package io.studycompanion.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The global options taken out of the arguments ({@code --data-dir DIR}), and the words left for a verb. */
public record LaunchOptions(Optional<String> dataDir, List<String> words) {

    public LaunchOptions {
        words = List.copyOf(words);
    }

    /** Parses {@code --data-dir DIR} or {@code --data-dir=DIR} anywhere in the arguments. */
    public static LaunchOptions parse(String[] args) {
        Optional<String> dataDir = Optional.empty();
        var words = new ArrayList<String>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data-dir")) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("--data-dir needs a folder");
                }
                dataDir = Optional.of(args[++i]);
            } else if (args[i].startsWith("--data-dir=")) {
                dataDir = Optional.of(args[i].substring("--data-dir=".length()));
            } else {
                words.add(args[i]);
            }
        }
        return new LaunchOptions(dataDir, words);
    }

    public boolean hasVerb() {
        return !words.isEmpty();
    }
}
