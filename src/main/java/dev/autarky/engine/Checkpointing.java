package dev.autarky.engine;

import dev.autarky.internal.Checks;
import java.nio.file.Path;

/**
 * Where and how often a run saves its progress, so that it can be resumed after a crash or a stop
 * with {@link Simulator#resume}: after every {@code everyBlocks} blocks (and at the end of every
 * round of a stop rule), the merged partial, the next block and the stop rule's state are written
 * to {@code file} atomically. Resuming gives the same result, bit for bit, as the run uninterrupted.
 *
 * @param file        the checkpoint file (replaced at each checkpoint)
 * @param everyBlocks blocks between checkpoints, >= 1
 */
public record Checkpointing(Path file, long everyBlocks) {

    /**
     * Validates the fields.
     *
     * @param file the checkpoint file (replaced at each checkpoint)
     * @param everyBlocks blocks between checkpoints, >= 1
     */
    public Checkpointing {
        Checks.requireNonNull(file, "file");
        Checks.requireAtLeast(everyBlocks, 1, "everyBlocks");
    }
}
