/**
 * autarky: Monte Carlo projections of how long a country needs to do without an untrusted supplier
 * of a critical material, and what getting there costs.
 *
 * <p>What a user does, and where it lives: build or load a scenario ({@link dev.autarky.scenario},
 * {@link dev.autarky.uncertain}, {@link dev.autarky.io.Scenarios}, {@link dev.autarky.io.ScenarioJson}),
 * run it ({@link dev.autarky.engine.Simulator}), read the results ({@link dev.autarky.result}); then
 * compare policies and find what drives the answer ({@link dev.autarky.analysis}), export
 * ({@link dev.autarky.io}) and report ({@link dev.autarky.report}). Everything under
 * {@code dev.autarky.internal} and the command line {@code dev.autarky.cli} are not exported.
 *
 * <p>Dependencies: Jackson (read transitively: {@code SummaryJson.toTree} and
 * {@code AnalysisJson.toTree} return Jackson trees) and Commons Math. Optional, for the command line
 * and the charts only: picocli, JFreeChart and JFreeSVG, and {@code java.desktop} (AWT, for
 * JFreeChart). They are not read transitively, so a module that only simulates needs none of them;
 * a module that draws charts ({@link dev.autarky.report.Charts} returns JFreeChart charts) requires
 * {@code org.jfree.jfreechart}, {@code org.jfree.svg} and {@code java.desktop} itself. Logging goes through
 * {@link java.lang.System.Logger}; the library prints nothing.
 */
// commons-math3 (3.6.1, the last 3.x release) and JFreeChart are automatic modules: commons-math3
// by its file name, commons.math3, the name every modular user of it has; JFreeChart by the
// Automatic-Module-Name in its manifest.
@SuppressWarnings("requires-automatic")
module dev.autarky {
    exports dev.autarky.scenario;
    exports dev.autarky.uncertain;
    exports dev.autarky.engine;
    exports dev.autarky.result;
    exports dev.autarky.analysis;
    exports dev.autarky.io;
    exports dev.autarky.report;

    requires transitive com.fasterxml.jackson.databind;
    requires commons.math3;

    requires static info.picocli;
    requires static org.jfree.jfreechart;
    requires static org.jfree.svg;
    requires static java.desktop;

    // picocli sets the command classes' annotated fields by reflection
    opens dev.autarky.cli to info.picocli;
}
