package org.tailor.core.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Refuses, before anything is written, a file that is not a text CSV: missing, a folder, empty, or binary (ZIP
 * and so xlsx, old Excel, PDF, images, SQLite, or many control bytes); and an encoding name that is unknown or
 * that the file's bytes cannot be in.
 */
final class FileCheck {
    private FileCheck() {
    }

    /** Throws {@link ImportException} when {@code file} is not a readable, non-empty text file. */
    static void text(Path file) {
        String name = file.getFileName().toString();
        if (Files.isDirectory(file)) {
            throw new ImportException(name + " is a folder, not a CSV file");
        }
        byte[] head;
        try {
            if (Files.size(file) == 0) {
                throw new ImportException(name + " is empty (0 bytes): there is nothing to import");
            }
            boolean gzip = TextSource.isGzip(file);
            head = TextSource.head(file, gzip, 4096);
        } catch (NoSuchFileException e) {
            Path gz = file.resolveSibling(name + ".gz");
            throw new ImportException(name + " does not exist (" + file.toAbsolutePath().normalize() + ")"
                    + (Files.isRegularFile(gz) ? "; " + gz.getFileName() + " is there: import that (gzip is read"
                    + " as it is)" : ": check the folder and the name"), e);
        } catch (IOException e) {
            throw new ImportException("Cannot read " + name + ": " + e.getMessage(), e);
        }
        if (head.length == 0) {
            throw new ImportException(name + " is empty: there is nothing to import");
        }
        String kind = binaryKind(head);
        if (kind != null) {
            throw new ImportException(name + " is not a text CSV file: it looks like " + kind);
        }
    }

    /** What binary format the bytes start like, or null when they look like text. */
    static String binaryKind(byte[] b) {
        if (starts(b, 0x50, 0x4B, 0x03, 0x04) || starts(b, 0x50, 0x4B, 0x05, 0x06)) {
            return "a ZIP archive (an .xlsx workbook is one too): unzip it, or save the sheet as CSV";
        }
        if (starts(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "an old Excel workbook (.xls): save the sheet as CSV";
        }
        if (starts(b, '%', 'P', 'D', 'F')) {
            return "a PDF document";
        }
        if (starts(b, 0x89, 'P', 'N', 'G') || starts(b, 0xFF, 0xD8, 0xFF) || starts(b, 'G', 'I', 'F', '8')) {
            return "an image";
        }
        if (starts(b, 'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f', 'o', 'r', 'm', 'a', 't')) {
            return "a SQLite database";
        }
        if (starts(b, '7', 'z', 0xBC, 0xAF) || starts(b, 'R', 'a', 'r', '!')) {
            return "a compressed archive";
        }
        boolean utf16 = starts(b, 0xFF, 0xFE) || starts(b, 0xFE, 0xFF) || zeroShare(b) > 0.3;
        if (utf16) {
            return null;
        }
        int control = 0;
        for (byte x : b) {
            int v = x & 0xFF;
            if (v < 0x20 && v != '\t' && v != '\n' && v != '\r' && v != 0x0C) {
                control++;
            }
        }
        return control > Math.max(8, b.length / 10) ? "binary data (" + control + " control bytes in its first "
                + b.length + " bytes)" : null;
    }

    /**
     * The named charset, checked against the file: an unknown name, bytes that are malformed in it, or UTF-16
     * asked for a file without the zero bytes every UTF-16 text of Latin letters has, throw {@link ImportException}.
     */
    static Charset encoding(String encoding, Path file, byte[] head) {
        Charset cs;
        try {
            cs = Charset.forName(encoding.strip());
        } catch (UnsupportedCharsetException | IllegalCharsetNameException e) {
            throw new ImportException("unknown encoding " + encoding + "; use for example UTF-8, windows-1252,"
                    + " ISO-8859-1, UTF-16LE, UTF-16BE or GB18030", e);
        }
        String name = file.getFileName().toString();
        if (cs.name().startsWith("UTF-16") && head.length >= 16 && zeroShare(head) == 0
                && !starts(head, 0xFF, 0xFE) && !starts(head, 0xFE, 0xFF)) {
            throw new ImportException(name + " does not look like " + cs.name() + " text (it has no zero bytes);"
                    + " check --encoding, or leave it out to detect the encoding");
        }
        int end = head.length;
        while (end > 0 && head.length - end < 4 && (head[end - 1] & 0x80) != 0) {
            end--;
        }
        try {
            cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(head, 0, end));
        } catch (CharacterCodingException e) {
            throw new ImportException(name + " is not valid " + cs.name() + " text (" + e.getMessage()
                    + " in its first " + head.length + " bytes); check --encoding, or leave it out to detect it", e);
        }
        return cs;
    }

    private static double zeroShare(byte[] b) {
        int z = 0;
        for (byte x : b) {
            z += x == 0 ? 1 : 0;
        }
        return b.length == 0 ? 0 : z / (double) b.length;
    }

    private static boolean starts(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
