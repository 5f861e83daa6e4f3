package dev.autarky.examples;

import dev.autarky.engine.RunSettings;
import dev.autarky.engine.Simulator;
import dev.autarky.io.Scenarios;
import dev.autarky.report.TextSummary;
import dev.autarky.result.OutcomeSummary;
import dev.autarky.result.SeriesBands;
import dev.autarky.result.SimulationResult;
import dev.autarky.result.TimeToSelfReliance;
import dev.autarky.scenario.Scenario;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * How long until Japan can do without China for rare earths, and what does getting there cost?
 *
 * <p>Runs the embedded default scenario and answers in plain words: the P10 / P50 / P90 year of
 * self-reliance for heavy rare earths and for all materials (saying so when most futures never
 * get there), the probability by 2030, 2035 and 2040, the cost ranges, and how China's share of
 * Japan's demand evolves. Usage: {@code JapanRareEarths [paths] [seed]} (default 200,000 paths).
 */
public final class JapanRareEarths {

    private JapanRareEarths() {
    }

    /** Runs the question with the given (or default) path count and seed. */
    public static void main(String[] args) {
        long paths = args.length > 0 ? Long.parseLong(args[0]) : 200_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : RunSettings.DEFAULT_SEED;
        Scenario japan = Scenarios.japanRareEarths();
        RunSettings settings = RunSettings.defaults().withPaths(paths).withSeed(seed);
        long start = System.nanoTime();
        SimulationResult r = Simulator.of(japan).run(settings);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.print(answer(r));
        System.out.printf(Locale.ROOT, "%n(%,d simulated futures in %.1f s on %d threads; seed %d. "
                + "Every input and its source: src/main/resources/dev/autarky/scenarios/japan-rare-earths.json)%n",
                paths, seconds, settings.threads(), seed);
    }

    /** The plain-words answer. */
    static String answer(SimulationResult r) {
        int start = r.run().startYear();
        int last = start + r.run().horizonYears() - 1;
        StringBuilder sb = new StringBuilder();
        sb.append("Question: how long until Japan can do without China for rare earths, and what does it cost?\n\n");
        for (String id : new String[] {"heavy-90", "all-90", "policy-target"}) {
            TimeToSelfReliance t = r.timeToSelfReliance(id);
            sb.append("* ").append(t.name()).append('\n');
            sb.append("  ").append(verdict(t, last)).append('\n');
            sb.append(String.format(Locale.ROOT, "  Chance of getting there by 2030: %s, by 2035: %s, by 2040: %s.%n",
                    pct(t.probabilityBy(2030)), pct(t.probabilityBy(2035)), pct(t.probabilityBy(2040))));
            sb.append(String.format(Locale.ROOT, "  Year of self-reliance: P10 %s, median %s, P90 %s.%n%n",
                    year(t.quantile(0.1), last), year(t.quantile(0.5), last), year(t.quantile(0.9), last)));
        }
        String cur = r.run().currency();
        OutcomeSummary capex = r.cost("programmeCapex");
        OutcomeSummary opex = r.cost("programmeOpex");
        OutcomeSummary system = r.cost("systemCost");
        OutcomeSummary shortage = r.cost("shortageCost");
        OutcomeSummary lcos = r.cost("levelizedDomesticCostPerKg");
        sb.append(String.format(Locale.ROOT, "What it costs (present value at the start of %d, %s):%n", start, cur));
        sb.append(String.format(Locale.ROOT, "  Domestic programme (mud, island plant, refinery): capital %s (P10-P90 %s to %s), "
                + "operating %s (P10-P90 %s to %s).%n", m(capex.mean()), m(capex.quantile(0.1)), m(capex.quantile(0.9)),
                m(opex.mean()), m(opex.quantile(0.1)), m(opex.quantile(0.9))));
        if (lcos.count() > 0) {
            sb.append(String.format(Locale.ROOT, "  Where the mud produces (%s of futures), its oxide costs %s/kg at the median "
                    + "(P10-P90 %s to %s).%n", pct((double) lcos.count() / lcos.paths()),
                    String.format(Locale.ROOT, "%,.0f", lcos.quantile(0.5)),
                    String.format(Locale.ROOT, "%,.0f", lcos.quantile(0.1)), String.format(Locale.ROOT, "%,.0f", lcos.quantile(0.9))));
        }
        sb.append(String.format(Locale.ROOT, "  Whole supply system (imports, stockpile, shortages, programme, less surplus sales): "
                + "median %s, P10-P90 %s to %s; of which shortages cost %s on average.%n%n", m(system.quantile(0.5)),
                m(system.quantile(0.1)), m(system.quantile(0.9)), m(shortage.mean())));
        int[] years = {start, 2030, 2035, 2040, 2050, last};
        sb.append("How far Japan gets: share of demand it could cover without China (domestic, recycled and\n"
                + "trusted supply), median [P5-P95]:\n");
        table(sb, r, "capabilityShare.", new String[] {"NdPr", "Dy", "Tb", "otherREO"}, years);
        sb.append("\nChina's share of Japan's demand as delivered (restrictions lower it, shortages fill the gap),\n"
                + "median [P5-P95]:\n");
        table(sb, r, "untrustedShare.", new String[] {"all", "NdPr", "Dy", "Tb", "otherREO"}, years);
        return sb.toString();
    }

    private static void table(StringBuilder sb, SimulationResult r, String prefix, String[] materials, int[] years) {
        sb.append(String.format(Locale.ROOT, "  %-9s", ""));
        for (int y : years) {
            sb.append(String.format(Locale.ROOT, "%-18d", y));
        }
        sb.append('\n');
        for (String material : materials) {
            SeriesBands s = r.series(prefix + material);
            sb.append(String.format(Locale.ROOT, "  %-9s", material));
            for (int y : years) {
                SeriesBands.Band b = s.inYear(y);
                sb.append(String.format(Locale.ROOT, "%-18s",
                        String.format(Locale.ROOT, "%.2f [%.2f-%.2f]", b.p50(), b.p5(), b.p95())));
            }
            sb.append('\n');
        }
    }

    private static String verdict(TimeToSelfReliance t, int last) {
        double never = t.censoredFraction();
        if (never >= 0.5) {
            return String.format(Locale.ROOT, "Most futures never get there: in %s of them Japan is not self-reliant by %d.",
                    pct(never), last);
        }
        return String.format(Locale.ROOT, "Japan gets there by %d in %s of futures; the median year is %s.", last,
                pct(1 - never), year(t.quantile(0.5), last));
    }

    private static String year(OptionalDouble v, int last) {
        return v.isPresent() ? Integer.toString((int) Math.floor(v.getAsDouble())) : "not by " + last;
    }

    private static String pct(double p) {
        return p > 0 && p < 0.005 ? "<1 %" : String.format(Locale.ROOT, "%.0f %%", 100 * p);
    }

    private static String m(double v) {
        return TextSummary.money(v, false);
    }
}
