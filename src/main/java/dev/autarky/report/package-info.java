/**
 * Results for people: {@link dev.autarky.report.TextSummary} and
 * {@link dev.autarky.report.AnalysisText} in plain words, {@link dev.autarky.report.Charts} (fan
 * charts, survival curve, cost histogram, tornado, path traces; PNG and SVG) and
 * {@link dev.autarky.report.HtmlReport}, one self-contained HTML file that opens offline.
 *
 * <p>The charts need JFreeChart and JFreeSVG, optional dependencies of the library: add
 * {@code org.jfree:jfreechart} and {@code org.jfree:org.jfree.svg} to use this package's charts and
 * HTML report. The text summaries need nothing more.
 */
package dev.autarky.report;
