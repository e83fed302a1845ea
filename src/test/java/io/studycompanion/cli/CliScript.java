package io.studycompanion.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.studycompanion.App;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs many command lines in one JVM, as {@link io.studycompanion.Main} would run each (same wiring, same output
 * streams split), and writes every exit code, stdout and stderr to a JSON file. Tests start it in a child JVM,
 * as an unprivileged user where they run as root, so file permissions hold.
 *
 * <p>Arguments: a JSON file holding a list of commands (each a list of words, the first being the data folder),
 * and the JSON file to write the results to.
 */
public final class CliScript {
    private CliScript() {
    }

    public static void main(String[] args) throws Exception {
        var mapper = new ObjectMapper();
        List<List<String>> commands = mapper.readValue(Path.of(args[0]).toFile(),
                mapper.getTypeFactory().constructCollectionType(List.class,
                        mapper.getTypeFactory().constructCollectionType(List.class, String.class)));
        var results = new ArrayList<Map<String, Object>>();
        for (var command : commands) {
            var data = Path.of(command.get(0));
            var out = new ByteArrayOutputStream();
            var err = new ByteArrayOutputStream();
            int code;
            try {
                code = new CommandLine(App.outlineImport(), () -> App.questionBank(data),
                        () -> App.open(data, Clock.systemUTC()), new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8)).run(command.subList(1, command.size()));
            } catch (RuntimeException e) { // as Main's last line of defence
                new PrintStream(err, true, StandardCharsets.UTF_8).println("error: " + e.getMessage());
                code = 1;
            }
            var result = new LinkedHashMap<String, Object>();
            result.put("code", code);
            result.put("out", out.toString(StandardCharsets.UTF_8));
            result.put("err", err.toString(StandardCharsets.UTF_8));
            results.add(result);
        }
        Files.writeString(Path.of(args[1]), mapper.writeValueAsString(results));
    }
}
