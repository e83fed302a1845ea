package io.studycompanion.storage;

import io.studycompanion.domain.FileErrors;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** One running copy per data folder: an OS file lock on {@code .lock}, released when the process ends. */
public final class InstanceLock implements AutoCloseable {
    public static final String FILE = ".lock";

    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** @throws AlreadyRunningException when another process (or this one) holds the folder */
    public static InstanceLock acquire(Path dataFolder) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(dataFolder.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            var lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new AlreadyRunningException(dataFolder);
            }
            return new InstanceLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new AlreadyRunningException(dataFolder);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StorageException("Cannot use the data folder " + dataFolder + ": "
                    + FileErrors.whyNotAWritableFolder(dataFolder).orElse(FileErrors.cause(e))
                    + "; choose another folder with --data-dir.", e);
        }
    }

    /**
     * For reading a folder that cannot be written: a shared lock on the existing {@code .lock} (taken only while
     * no copy of the app writes there), or none when the file is missing or unreadable (then nothing can write
     * there either, as the folder cannot be written).
     *
     * @throws AlreadyRunningException when a copy of the app holds the folder
     */
    public static InstanceLock acquireShared(Path dataFolder) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(dataFolder.resolve(FILE), StandardOpenOption.READ);
            var lock = channel.tryLock(0, Long.MAX_VALUE, true);
            if (lock == null) {
                channel.close();
                throw new AlreadyRunningException(dataFolder);
            }
            return new InstanceLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new AlreadyRunningException(dataFolder);
        } catch (IOException e) {
            closeQuietly(channel);
            return new InstanceLock(null, null);
        }
    }

    @Override
    public void close() {
        if (lock == null) {
            return;
        }
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // the OS releases the lock when the process ends anyway
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // nothing more to release
        }
    }
}
