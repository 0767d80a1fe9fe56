package org.tailor.core.evaluate;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.ZipException;

/**
 * Readable sentences for files that cannot be read or written ("Cannot write out/x.tsv: the folder does not exist"),
 * instead of an exception's bare message (often just the path) or class name.
 */
public final class FileMessages {
    private FileMessages() {
    }

    /** "Cannot read FILE: why". */
    public static String reading(Path file, IOException e) {
        String why;
        if (e instanceof NoSuchFileException) {
            why = "the file does not exist";
        } else if (Files.isDirectory(file)) {
            why = "it is a folder, not a file";
        } else if (e instanceof AccessDeniedException) {
            why = "permission denied";
        } else if (e instanceof EOFException || e instanceof ZipException) {
            why = "the gzip data is truncated or damaged; the file may not have been copied whole";
        } else {
            why = plain(e);
        }
        return "Cannot read " + file + ": " + why;
    }

    /** "Cannot write FILE: why". */
    public static String writing(Path file, IOException e) {
        String problem = writeProblem(file);
        return "Cannot write " + file + ": " + (problem != null ? problem
                : e instanceof AccessDeniedException ? "permission denied" : plain(e));
    }

    /** Why {@code file} cannot be written, checked before any work is done; null when it looks writable. */
    public static String writeProblem(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        if (Files.isDirectory(file)) {
            return "it is a folder, not a file";
        }
        if (parent != null && !Files.isDirectory(parent)) {
            return Files.exists(parent) ? parent + " is a file, not a folder" : "the folder does not exist";
        }
        if (parent != null && !Files.isWritable(parent) && !Files.isWritable(file)) {
            return "permission denied";
        }
        return null;
    }

    /** The exception's own reason without the path it repeats, or a generic phrase when it has none. */
    private static String plain(IOException e) {
        String msg = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        return msg == null || msg.isBlank() ? "an input/output error occurred" : msg;
    }
}
