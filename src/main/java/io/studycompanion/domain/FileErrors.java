package io.studycompanion.domain;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Why a file or folder cannot be read or written, in words, naming the file or folder at fault: "the folder
 * /x is read-only", "/x/notes.txt is a file, not a folder", "the disk is full". Every verb of the command line
 * and every message of the window that reports a file problem goes through here, so they say it the same way:
 * never an exception's class, never the name of an internal temporary file.
 */
public final class FileErrors {
    /** What the caller expects to find at a path it reads. */
    public enum Expect { FILE, FOLDER, FILE_OR_FOLDER }

    private FileErrors() {
    }

    /** "Cannot read {file}: {why}." — the cause found on disk where it can be, else the exception's. */
    public static String cannotRead(Path file, IOException e) {
        return "Cannot read " + file + ": " + whyUnreadable(file, Expect.FILE_OR_FOLDER).orElse(cause(e));
    }

    /** "Cannot write {file}: {why}." — the cause found on disk where it can be, else the exception's. */
    public static String cannotWrite(Path file, IOException e) {
        return "Cannot write " + file + ": " + whyUnwritable(file).orElse(cause(e, folderOf(file)));
    }

    /** "Cannot use the folder {folder}: {why}." — for a folder the app must create or write in. */
    public static String cannotUseFolder(Path folder, IOException e) {
        return "Cannot use the folder " + folder + ": " + folderProblem(folder, false).orElse(cause(e, folder));
    }

    /**
     * The cause of a failed file operation in words, without any file name (an exception's message may name an
     * internal temporary file): "permission denied", "the disk is full", "it is a folder, not a file"...
     */
    public static String cause(IOException e) {
        return cause(e, null);
    }

    private static String cause(IOException e, Path folder) {
        var reason = reason(e).toLowerCase(Locale.ROOT);
        var holding = folder == null ? "" : " holding " + folder;
        if (reason.contains("no space left") || reason.contains("disk quota") || reason.contains("not enough space")) {
            return "the disk" + holding + " is full";
        }
        if (reason.contains("read-only file system")) {
            return "the file system" + holding + " is read-only";
        }
        if (e instanceof AccessDeniedException || reason.contains("permission denied")
                || reason.contains("operation not permitted") || reason.contains("access is denied")) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException || reason.contains("not a directory")) {
            return "a part of the path is a file, not a folder";
        }
        if (reason.contains("is a directory")) {
            return "it is a folder, not a file";
        }
        if (e instanceof NoSuchFileException || reason.contains("no such file")) {
            return "there is no such file or folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "something of that name is already there";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "it is a folder that is not empty";
        }
        return reason.isBlank() ? "an input/output error" : reason;
    }

    /** The reason without file names: {@link FileSystemException#getReason()} where there is one. */
    private static String reason(IOException e) {
        if (e instanceof FileSystemException fse) {
            return fse.getReason() == null ? "" : fse.getReason();
        }
        return e.getMessage() == null ? "" : e.getMessage();
    }

    /** Why {@code path} cannot be read as expected, judged from the disk; empty when it looks readable. */
    public static Optional<String> whyUnreadable(Path path, Expect expect) {
        var absolute = path.toAbsolutePath();
        if (!Files.exists(absolute)) {
            return Optional.of(whyMissing(absolute, expect));
        }
        var folder = Files.isDirectory(absolute);
        if (folder && expect == Expect.FILE) {
            return Optional.of("it is a folder, not a file");
        }
        if (!folder && expect == Expect.FOLDER) {
            return Optional.of("it is a file, not a folder");
        }
        if (!Files.isReadable(absolute) || folder && !Files.isExecutable(absolute)) {
            return Optional.of("permission denied");
        }
        return Optional.empty();
    }

    /**
     * Why a file cannot be written (created or replaced) at {@code file}, judged from the disk; empty when it
     * looks writable. Missing folders on the way do not count when they can be created.
     */
    public static Optional<String> whyUnwritable(Path file) {
        var absolute = file.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            return Optional.of("it is a folder, not a file");
        }
        var folder = absolute.getParent();
        if (folder != null) {
            var folderProblem = folderProblem(folder, true);
            if (folderProblem.isPresent()) {
                return folderProblem;
            }
        }
        if (Files.exists(absolute) && !Files.isWritable(absolute)) {
            return Optional.of("it is a read-only file");
        }
        return Optional.empty();
    }

    /** Why files cannot be made in {@code folder} (creating it if need be); empty when they can. */
    public static Optional<String> whyNotAWritableFolder(Path folder) {
        return folderProblem(folder, false);
    }

    /** {@code nameIt}: name the folder even when it is the one asked about (the caller speaks of a file in it). */
    private static Optional<String> folderProblem(Path folder, boolean nameIt) {
        var absolute = folder.toAbsolutePath();
        var existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return Optional.empty();
        }
        if (!Files.isDirectory(existing)) {
            return Optional.of(existing.equals(absolute) && !nameIt ? "it is a file, not a folder"
                    : existing + " is a file, not a folder");
        }
        var name = existing.equals(absolute) && !nameIt ? "the folder" : "the folder " + existing;
        if (!Files.isExecutable(existing)) {
            return Optional.of("permission denied on " + name);
        }
        if (!Files.isWritable(existing)) {
            return Optional.of(name + " is read-only");
        }
        return Optional.empty();
    }

    /** Why a path that does not exist is missing: no such file, no such folder, a file in the way, no access. */
    private static String whyMissing(Path absolute, Expect expect) {
        var parent = absolute.getParent();
        var existing = parent;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            return existing + " is a file, not a folder";
        }
        if (existing != null && !Files.isExecutable(existing)) {
            return "permission denied on the folder " + existing;
        }
        if (existing != null && !existing.equals(parent)) {
            return "there is no folder " + parent;
        }
        return switch (expect) {
            case FILE -> "there is no such file";
            case FOLDER -> "there is no such folder";
            case FILE_OR_FOLDER -> "there is no such file or folder";
        };
    }

    private static Path folderOf(Path file) {
        var parent = file.toAbsolutePath().getParent();
        return parent == null ? file.toAbsolutePath() : parent;
    }
}
