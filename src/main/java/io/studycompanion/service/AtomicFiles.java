package io.studycompanion.service;

import io.studycompanion.domain.FileErrors;

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
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Something that writes a file's content to a stream. */
    @FunctionalInterface
    interface Content {
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    /** Streams the content to a temporary file beside the target, then renames it over the target. */
    static void write(Path target, Content content) {
        refuseUnwritable(target);
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
            throw new IllegalStateException(FileErrors.cannotWrite(target, e) + "; nothing was written.", e);
        }
    }

    /**
     * Refuses, before any work, a target that cannot be written: a folder, a read-only file, a file where a
     * folder should be, a read-only folder. (Replacing a read-only file through a rename would succeed, but the
     * learner marked it so for a reason.)
     */
    static void refuseUnwritable(Path target) {
        FileErrors.whyUnwritable(target).ifPresent(why -> {
            throw new IllegalArgumentException("Cannot write " + target + ": " + why + "; nothing was written.");
        });
    }
}
