package io.studycompanion.service;

import io.studycompanion.content.ExamCatalogLoader;
import io.studycompanion.content.QuestionBankLoaderTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionBankServiceTest {
    @TempDir
    Path dir;

    @Test
    void anImportedPackIsUsableAtOnceAndTheBankIsReadOnceOtherwise() throws Exception {
        var catalog = new ExamCatalogLoader(getClass().getClassLoader()).load();
        var bank = new QuestionBankService(() -> catalog, getClass().getClassLoader(), dir.resolve("packs"));
        var before = bank.byId();
        assertThat(bank.byId()).as("cached between calls").isSameAs(before);
        assertThat(before).doesNotContainKey("extra-001");

        var pack = dir.resolve("extra.json");
        Files.writeString(pack, "{\"questions\": [" + QuestionBankLoaderTest.question("extra-001", "") + "]}");
        assertThat(bank.importPack(pack).ok()).isTrue();

        assertThat(bank.byId()).containsKey("extra-001").hasSize(before.size() + 1);
    }
}
