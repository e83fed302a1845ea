package io.studycompanion.service;

import io.studycompanion.domain.FileErrors;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One pack import at a time per data folder: an OS file lock on {@code packs/.lock}, held while the pack is
 * checked against the bank on disk and copied in. It holds across processes (the window and any number of
 * {@code content import} commands) and within one (a second thread is refused the same way).
 */
final class PacksLock implements AutoCloseable {
    static final String FILE = ".lock";

    private final FileChannel channel;
    private final FileLock lock;

    private PacksLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** @throws IllegalArgumentException when another import holds the lock, or the folder cannot be used */
    static PacksLock acquire(Path packsFolder) {
        FileChannel channel = null;
        try {
            Files.createDirectories(packsFolder);
            channel = FileChannel.open(packsFolder.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new IllegalArgumentException("Another pack is being imported into " + packsFolder
                        + " right now, so wait for it to finish and import again; nothing was imported.");
            }
            return new PacksLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new IllegalStateException("The pack could not be copied into " + packsFolder + ": "
                    + FileErrors.whyNotAWritableFolder(packsFolder).orElse(FileErrors.cause(e))
                    + "; nothing was imported.", e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel below releases it too
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // the OS releases the lock when the process ends anyway
        }
    }
}
