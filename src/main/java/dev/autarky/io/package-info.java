/**
 * Scenarios and results to and from files: {@link dev.autarky.io.ScenarioJson} reads and writes
 * the JSON scenario format (strictly: every problem reported with its JSON path, line and column),
 * {@link dev.autarky.io.Scenarios} holds the built-in scenarios; {@link dev.autarky.io.SummaryJson},
 * {@link dev.autarky.io.ResultCsv}, {@link dev.autarky.io.SipMathJson} and
 * {@link dev.autarky.io.AnalysisJson} export results. Files are written atomically
 * ({@link dev.autarky.io.AtomicFiles}): a reader sees the old file or the whole new one, never a
 * part. All methods are thread-safe.
 */
package dev.autarky.io;
