package dev.autarky.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes files so that a reader sees either the old content or the complete new one, never a part. */
final class AtomicFiles {

    private AtomicFiles() {
    }

    static void write(Path file, String content) throws IOException {
        write(file, out -> out.write(content));
    }

    /** Produces a file's content on a writer (buffered, UTF-8). */
    @FunctionalInterface
    interface Content {
        void writeTo(Writer out) throws IOException;
    }

    /** Writes what {@code content} produces to {@code file} atomically, without holding it all in memory. */
    static void write(Path file, Content content) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        // Files.createTempFile would make the file owner-only (0600); an ordinary new file gets the
        // usual permissions, so the result is as readable as any file the user writes.
        Path tmp = dir.resolve("." + target.getFileName() + "." + Long.toUnsignedString(System.nanoTime(), 36)
                + "-" + Thread.currentThread().getId() + ".tmp");
        Files.createFile(tmp);
        try {
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
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
