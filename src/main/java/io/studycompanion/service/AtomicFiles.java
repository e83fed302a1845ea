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

    /** Something that writes a file's content to a stream. */
    @FunctionalInterface
    interface Content {
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    /** Streams the content to a temporary file beside the target, then renames it over the target. */
    static void write(Path target, Content content) {
        try {
            var dir = target.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            var temp = Files.createTempFile(dir, ".write-", ".tmp");
            try {
                try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                    content.writeTo(out);
                } catch (java.io.UncheckedIOException e) {
                    throw e.getCause();
                }
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            var reason = e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason()
                    : e.getMessage(); // the reason alone: never the name of the temporary file
            throw new IllegalStateException("Cannot write " + target + ": " + reason + ".", e);
        }
    }
}
