package io.studycompanion.robustness;

import io.studycompanion.Main;
import io.studycompanion.cli.ChildJvm;
import io.studycompanion.content.ExamCatalogLoader;
import io.studycompanion.content.QuestionBankLoader;
import io.studycompanion.content.QuestionBankLoaderTest;
import io.studycompanion.domain.ExamCatalog;
import io.studycompanion.domain.Objective;
import io.studycompanion.service.QuestionBankService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 21, case 7: {@code content import} took no lock, so two at once both installed packs with the same
 * question ids. Installs are now exclusive (an OS lock on {@code packs/.lock}) and the duplicate check runs
 * inside the lock against the packs on disk.
 */
class ConcurrentPackImportTest {
    private static ExamCatalog catalog;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadCatalog() {
        catalog = new ExamCatalogLoader(ConcurrentPackImportTest.class.getClassLoader()).load();
    }

    private Path pack(String name, String... ids) throws Exception {
        var questions = java.util.Arrays.stream(ids).map(id -> QuestionBankLoaderTest.question(id, ""))
                .collect(Collectors.joining(",\n"));
        return Files.writeString(dir.resolve(name), "{\"questions\": [" + questions + "]}");
    }

    private QuestionBankService bank(Path data) {
        return new QuestionBankService(() -> catalog, getClass().getClassLoader(), data.resolve("packs"));
    }

    /** Every question id in the data folder's packs, as read from disk; duplicates stay visible. */
    private List<String> installedIds(Path data) {
        var known = catalog.versions().stream().flatMap(v -> v.outline().objectives().stream()).map(Objective::id)
                .collect(Collectors.toSet());
        return new QuestionBankLoader(known).load(data.resolve("packs")).questions().stream()
                .map(q -> q.id()).sorted().toList();
    }

    /** The window read the bank earlier; a command then installed a pack: the window's import must see it. */
    @Test
    void theDuplicateCheckReadsThePacksOnDiskNotAnEarlierCopy() throws Exception {
        var data = dir.resolve("data");
        var window = bank(data);
        assertThat(window.byId()).doesNotContainKey("shared-001");
        assertThat(bank(data).importPack(pack("first.json", "shared-001", "first-002")).ok()).isTrue();

        var second = window.importPack(pack("second.json", "shared-001", "second-002"));

        assertThat(second.ok()).as("refused: shared-001 is already installed").isFalse();
        assertThat(second.problems()).singleElement().hasToString(
                "second.json: shared-001: id: a question with this id is already in the bank");
        assertThat(installedIds(data)).containsExactly("first-002", "shared-001");
    }

    /** While another process holds the packs' lock (mid-import), an import is refused in one sentence. */
    @Test
    void anImportWhileAnotherIsUnderWayIsRefusedInOneSentence() throws Exception {
        var data = dir.resolve("data");
        var packs = Files.createDirectories(data.resolve("packs"));
        var pack = pack("late.json", "late-001");
        try (var channel = FileChannel.open(packs.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             var ignored = channel.lock()) {
            var child = ChildJvm.sameUser().run(dir, Main.class.getName(), "--data-dir", data.toString(), "content",
                    "import", pack.toString());
            assertThat(child.code()).as(child.out() + child.err()).isEqualTo(1);
            assertThat(child.err().lines()).singleElement().asString()
                    .isEqualTo("error: Another pack is being imported into " + packs
                            + " right now, so wait for it to finish and import again; nothing was imported.");
            assertThat(child.out()).isEmpty();

            // a second thread of the same process (the window's) is refused the same way
            assertThatThrownBy(() -> bank(data).importPack(pack)).hasMessageStartingWith("Another pack is being imported");
        }
        assertThat(installedIds(data)).isEmpty();
        assertThat(bank(data).importPack(pack).ok()).as("accepted once the lock is free").isTrue();
    }

    /** Two {@code content import}s at once, as two processes, of packs sharing a question id. */
    @Test
    void twoImportsAtOnceInstallOnePackAndRefuseTheOther() throws Exception {
        var data = dir.resolve("data");
        var one = pack("one.json", "both-001", "one-002");
        var two = pack("two.json", "two-001", "both-001");
        var jvm = ChildJvm.sameUser();
        var first = jvm.start(dir, dir.resolve("one.out"), dir.resolve("one.err"), Main.class.getName(),
                "--data-dir", data.toString(), "content", "import", one.toString());
        var second = jvm.start(dir, dir.resolve("two.out"), dir.resolve("two.err"), Main.class.getName(),
                "--data-dir", data.toString(), "content", "import", two.toString());
        assertThat(first.waitFor(120, TimeUnit.SECONDS) && second.waitFor(120, TimeUnit.SECONDS)).isTrue();

        var codes = List.of(first.exitValue(), second.exitValue());
        var errors = Files.readString(dir.resolve("one.err")) + Files.readString(dir.resolve("two.err"));
        assertThat(codes).as("exactly one installs: " + errors).containsExactlyInAnyOrder(0, 1);
        assertThat(errors).as("the other is told why")
                .containsAnyOf("a question with this id is already in the bank", "Another pack is being imported");
        var installed = installedIds(data);
        assertThat(installed).as("no duplicate ids").doesNotHaveDuplicates().hasSize(2).contains("both-001");
    }
}
