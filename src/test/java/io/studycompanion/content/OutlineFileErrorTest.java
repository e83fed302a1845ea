package io.studycompanion.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not guide text: the error names the file. */
class OutlineFileErrorTest {

    @TempDir
    Path dir;

    private final OutlineImporter importer = new OutlineImporter();

    private OutlineFormatException error(Path file) {
        return catchThrowableOfType(OutlineFormatException.class, () -> importer.parse(file));
    }

    @Test
    void emptyFile() throws IOException {
        var file = Files.write(dir.resolve("empty.txt"), new byte[0]);
        var e = error(file);
        assertThat(e.line()).isZero();
        assertThat(e.source()).contains(file.toString());
        assertThat(e.getMessage()).isEqualTo(file + ": expected the text of an exam guide, found an empty text");
    }

    @Test
    void binaryFile() throws IOException {
        var png = new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        var e = error(Files.write(dir.resolve("guide.png"), png));
        assertThat(e.detail()).isEqualTo("expected the plain text of an exam guide, found binary content "
                + "(a NUL byte at byte offset 8)");
    }

    @Test
    void fileThatIsNotUtf8() throws IOException {
        var latin1 = "Exam outline \u00e9t\u00e9".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        var e = error(Files.write(dir.resolve("latin1.txt"), latin1));
        assertThat(e.detail()).isEqualTo("expected the plain text of an exam guide, found binary content "
                + "(bytes that are not UTF-8 at byte offset 13)");
    }

    @Test
    void fileOverTwoMegabytes() throws IOException {
        var file = Files.write(dir.resolve("huge.txt"), new byte[(int) OutlineImporter.MAX_FILE_BYTES + 1]);
        assertThat(error(file).detail())
                .isEqualTo("expected an exam guide of at most 2 MB, found a file of 2097153 bytes");
    }

    @Test
    void otherFormatFileNamesFileAndLine() throws IOException {
        var file = ExamGuides.path("other-format-aws-mla-c01.txt");
        assertThat(error(file).getMessage()).startsWith(file + ": line 105: expected an \"Exam outline\" heading");
    }
}
