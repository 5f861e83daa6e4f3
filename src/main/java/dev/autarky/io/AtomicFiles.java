package dev.autarky.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files so that a reader sees either the old content or the complete new one, never a part:
 * the content goes to a temporary file beside the target, which is then moved over it (atomically
 * where the file system can). A failed write leaves the old file and no temporary file.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /**
     * Writes {@code content} as UTF-8 to {@code file} atomically, creating its directory if needed.
     *
     * @param file the file
     * @param content what to write
     * @throws java.io.IOException if the file cannot be written
     */
    public static void write(Path file, String content) throws IOException {
        write(file, out -> out.write(content));
    }

    /**
     * Writes {@code content} to {@code file} atomically, creating its directory if needed.
     *
     * @param file the file
     * @param content what to write
     * @throws java.io.IOException if the file cannot be written
     */
    public static void write(Path file, byte[] content) throws IOException {
        writeBytes(file, out -> out.write(content));
    }

    /** Produces a file's content on a writer (buffered, UTF-8). */
    @FunctionalInterface
    interface Content {
        void writeTo(Writer out) throws IOException;
    }

    /** Produces a file's content on a stream. */
    @FunctionalInterface
    interface Bytes {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes what {@code content} produces to {@code file} atomically, without holding it all in memory. */
    static void write(Path file, Content content) throws IOException {
        writeBytes(file, out -> {
            // content may close its writer; that must only flush, the stream is closed below
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
            content.writeTo(w);
            w.flush();
        });
    }

    /** Writes what {@code content} produces to {@code file} atomically. */
    static void writeBytes(Path file, Bytes content) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        // Files.createTempFile would make the file owner-only (0600); an ordinary new file gets the
        // usual permissions, so the result is as readable as any file the user writes.
        Path tmp = dir.resolve("." + target.getFileName() + "." + Long.toUnsignedString(System.nanoTime(), 36)
                + "-" + Thread.currentThread().getId() + ".tmp");
        Files.createFile(tmp);
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.writeTo(out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
