package io.studycompanion.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes files through a temporary file and a rename, so a crash or a full disk never leaves half a file. */
final class AtomicFiles {
    private AtomicFiles() {
    }

    static void writeString(Path target, String text) {
        try {
            var dir = target.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            var temp = Files.createTempFile(dir, ".write-", ".tmp");
            try {
                Files.writeString(temp, text, StandardCharsets.UTF_8);
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write " + target + ": " + e.getMessage(), e);
        }
    }
}
