package dev.autarky.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @Test
    void writesTheWholeFileWithOrdinaryPermissionsAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("out/summary.json");
        AtomicFiles.write(file, "{}");
        assertEquals("{}", Files.readString(file));
        try (var files = Files.list(file.getParent())) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertTrue(Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_READ));
            Path plain = Files.createFile(dir.resolve("plain"));
            assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(file),
                    "same permissions as any new file");
        }
    }

    @Test
    void aFailedWriteKeepsTheOldContentAndNoPartialFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("summary.json");
        AtomicFiles.write(file, "old");
        assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
            out.write("half of the new con");
            throw new IOException("disk full");
        }));
        assertEquals("old", Files.readString(file));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void contentThatClosesItsWriterIsStillWrittenWhole(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("series.csv");
        AtomicFiles.write(file, out -> {
            try (out) {
                out.write("a,b\n1,2\n");
            }
        });
        assertEquals("a,b\n1,2\n", Files.readString(file));
    }

    @Test
    void bytesToo(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("a/b/chart.png");
        byte[] content = {(byte) 0x89, 'P', 'N', 'G', 0, -1};
        AtomicFiles.write(file, content);
        assertArrayEquals(content, Files.readAllBytes(file));
        try (var files = Files.list(file.getParent())) {
            assertEquals(1, files.count());
        }
    }
}
