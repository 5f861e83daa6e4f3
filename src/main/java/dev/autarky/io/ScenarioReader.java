package dev.autarky.io;

import dev.autarky.io.JsonTree.Node;
import dev.autarky.io.JsonTree.Obj;
import dev.autarky.io.JsonTree.Str;
import dev.autarky.scenario.Availability;
import dev.autarky.scenario.CapacityBasis;
import dev.autarky.scenario.Correlation;
import dev.autarky.scenario.CriterionKind;
import dev.autarky.scenario.Demand;
import dev.autarky.scenario.DomesticChain;
import dev.autarky.scenario.Economics;
import dev.autarky.scenario.ExternalSupplier;
import dev.autarky.scenario.Material;
import dev.autarky.scenario.Project;
import dev.autarky.scenario.ProjectCosts;
import dev.autarky.scenario.Ramp;
import dev.autarky.scenario.RampShape;
import dev.autarky.scenario.RampUp;
import dev.autarky.scenario.Recycling;
import dev.autarky.scenario.Regime;
import dev.autarky.scenario.RegimeDynamics;
import dev.autarky.scenario.Scenario;
import dev.autarky.scenario.ScenarioException;
import dev.autarky.scenario.SelfRelianceCriterion;
import dev.autarky.scenario.Stage;
import dev.autarky.scenario.StateEffect;
import dev.autarky.scenario.Stockpile;
import dev.autarky.scenario.SupplyTerms;
import dev.autarky.scenario.TimeGrid;
import dev.autarky.uncertain.Uncertain;
import java.util.List;
import java.util.Map;

/**
 * Reads the scenario format (schema version {@value #SCHEMA_VERSION}) from a parsed JSON tree into
 * the model, collecting every problem before failing.
 *
 * <p>Each JSON object is read into its record with {@link Fields}: member types are checked here,
 * ranges and references by the records' constructors, whose problems are moved under the object's
 * JSON path. The {@link Scenario} itself (which checks cross-references) is only built when every
 * part is valid, so nothing is ever half-loaded.
 */
final class ScenarioReader {

    /** The only schema version this reader understands. */
    static final int SCHEMA_VERSION = 1;

    /** The optional member naming a JSON Schema for editors; read (it must be a string) and otherwise ignored. */
    static final String SCHEMA_MEMBER = "$schema";

    static final List<String> SCENARIO = List.of(SCHEMA_MEMBER, "schemaVersion", "name", "title", "description", "time",
            "economics", "materials", "domestic", "regimes", "suppliers", "criteria", "correlations", "sources");
    static final List<String> TIME = List.of("startYear", "horizonYears", "stepsPerYear");
    static final List<String> ECONOMICS = List.of("currency", "discountRate");
    static final List<String> MATERIAL = List.of("id", "name", "demand", "pricePerKg", "shortagePenaltyPerKg",
            "stockpile", "recycling");
    static final List<String> DEMAND = List.of("baseTonnesPerYear", "growthPerYear", "yearlyShock", "substitution");
    static final List<String> STOCKPILE = List.of("initialDays", "targetDays", "maxReleaseTonnesPerYear",
            "maxRefillTonnesPerYear", "refillFromUntrusted", "holdingCostPerKgYear");
    static final List<String> RECYCLING = List.of("shareOfDemand", "costPerKg");
    static final List<String> RAMP = List.of("shape", "startYear", "durationYears", "from", "to");
    static final List<String> DOMESTIC = List.of("stages", "projects", "composition", "compositionNote");
    static final List<String> STAGE = List.of("id", "name", "conversionFactors", "capacityBasis", "availability");
    static final List<String> AVAILABILITY = List.of("level", "monthlyFactors", "outagePerStep");
    static final List<String> PROJECT = List.of("id", "name", "stage", "nameplate", "successProbability", "attempts",
            "decisionDelayYears", "leadTimeYears", "retryDelayYears", "dependsOn", "rampUp", "costs");
    static final List<String> RAMP_UP = List.of("shape", "yearsToNameplate", "plateauFraction");
    static final List<String> COSTS = List.of("fixedCapex", "capexPerTonnePerYear", "capexOverrun", "fixedOpexPerYear",
            "opexPerTonne", "learningRate");
    static final List<String> REGIME = List.of("id", "name", "states", "initialDistribution", "transitions", "note");
    static final List<String> TRANSITIONS = List.of("annualProbabilities", "ratesPerYear");
    static final List<String> SUPPLIER = List.of("id", "name", "trusted", "regime", "stateEffects", "materials");
    static final List<String> STATE_EFFECT = List.of("deliverableFraction", "priceMultiplier");
    static final List<String> TERMS = List.of("material", "capacityTonnesPerYear", "realisation", "pricePerKg",
            "stateEffects");
    static final List<String> CRITERION = List.of("id", "name", "kind", "threshold", "materials", "consecutiveSteps");
    static final List<String> CORRELATION = List.of("inputs", "spearman", "source", "note");

    /** The JSON string that stands for a supplier without a capacity limit. */
    static final String UNLIMITED = "unlimited";

    /** Stands in for a string that failed, so that list indices stay those of the document. */
    private static final String FAILED = "\u0000";

    private static final Uncertain ZERO = Uncertain.fixed(0);
    private static final Uncertain ONE = Uncertain.fixed(1);

    private final ReadContext cx;

    private ScenarioReader(ReadContext cx) {
        this.cx = cx;
    }

    /** The scenario of a parsed document; throws {@link ScenarioException} listing every problem. */
    static Scenario read(JsonTree.Parsed parsed) {
        ReadContext cx = new ReadContext(parsed.byPath(), parsed.problems());
        Scenario s = null;
        if (parsed.root() != null) {
            try {
                s = new ScenarioReader(cx).scenario(parsed.root());
            } catch (RuntimeException e) {
                // a bug in this reader or the model; reported as a problem, never as another exception
                cx.add("$", "could not be read (" + e + ")");
            }
        }
        if (cx.count() > 0 || s == null) {
            if (cx.count() == 0) {
                cx.add("$", "could not be read");
            }
            throw new ScenarioException(cx.problems());
        }
        return s;
    }

    // ---- scenario ----

    private Scenario scenario(Node root) {
        Fields f = Fields.of(cx, root, "$", SCENARIO);
        if (f == null) {
            return null;
        }
        f.optional(SCHEMA_MEMBER, null, cx::string); // for editors only: not part of the model, not written back
        Integer version = f.required("schemaVersion", cx::integer);
        if (version != null && version != SCHEMA_VERSION) {
            cx.add(f.at("schemaVersion"), "must be " + SCHEMA_VERSION + " (the only version this library reads), was "
                    + version, f.get("schemaVersion"));
        }
        String name = f.required("name", cx::string);
        String title = f.optional("title", "", cx::string);
        String description = f.optional("description", "", cx::string);
        TimeGrid time = f.required("time", this::time);
        Economics economics = f.required("economics", this::economics);
        List<Material> materials = f.required("materials", (n, p) -> cx.list(n, p, this::material, null));
        DomesticChain domestic = f.optional("domestic", DomesticChain.none(), this::domestic);
        List<Regime> regimes = f.optional("regimes", List.of(), (n, p) -> cx.list(n, p, this::regime, null));
        List<ExternalSupplier> suppliers = f.optional("suppliers", List.of(),
                (n, p) -> cx.list(n, p, this::supplier, null));
        List<SelfRelianceCriterion> criteria = f.required("criteria", (n, p) -> cx.list(n, p, this::criterion, null));
        List<Correlation> correlations = f.optional("correlations", List.of(),
                (n, p) -> cx.list(n, p, this::correlation, null));
        Map<String, String> sources = f.optional("sources", Map.of(), (n, p) -> cx.map(n, p, cx::string));
        if (cx.count() > 0) {
            return null;
        }
        try {
            return new Scenario(name, title, description, time, economics, materials, domestic, regimes, suppliers,
                    criteria, sources, correlations);
        } catch (ScenarioException e) {
            e.problems().forEach(cx::add); // the scenario's paths are absolute already
            return null;
        }
    }

    private TimeGrid time(Node node, String path) {
        Fields f = Fields.of(cx, node, path, TIME);
        if (f == null) {
            return null;
        }
        Integer start = f.required("startYear", cx::integer);
        Integer horizon = f.required("horizonYears", cx::integer);
        Integer steps = f.required("stepsPerYear", cx::integer);
        return f.build(() -> new TimeGrid(or(start, 2000), or(horizon, 1), or(steps, 1)));
    }

    private Economics economics(Node node, String path) {
        Fields f = Fields.of(cx, node, path, ECONOMICS);
        if (f == null) {
            return null;
        }
        String currency = f.required("currency", cx::string);
        Uncertain rate = f.required("discountRate", this::uncertain);
        return f.build(() -> new Economics(currency, rate));
    }

    // ---- materials ----

    private Material material(Node node, String path) {
        Fields f = Fields.of(cx, node, path, MATERIAL);
        if (f == null) {
            return null;
        }
        String id = f.required("id", cx::string);
        String name = f.required("name", cx::string);
        Demand demand = f.required("demand", this::demand);
        Uncertain price = f.required("pricePerKg", this::uncertain);
        Uncertain penalty = f.required("shortagePenaltyPerKg", this::uncertain);
        Stockpile stockpile = f.optional("stockpile", null, this::stockpile);
        Recycling recycling = f.optional("recycling", null, this::recycling);
        return f.build(() -> new Material(id, name, demand, price, penalty, stockpile, recycling));
    }

    private Demand demand(Node node, String path) {
        Fields f = Fields.of(cx, node, path, DEMAND);
        if (f == null) {
            return null;
        }
        Uncertain base = f.required("baseTonnesPerYear", this::uncertain);
        Uncertain growth = f.required("growthPerYear", this::uncertain);
        Uncertain shock = f.optional("yearlyShock", null, this::uncertain);
        Ramp substitution = rampMember(f, "substitution", false);
        return f.build(() -> new Demand(base, growth, shock, substitution));
    }

    private Stockpile stockpile(Node node, String path) {
        Fields f = Fields.of(cx, node, path, STOCKPILE);
        if (f == null) {
            return null;
        }
        Uncertain initial = f.required("initialDays", this::uncertain);
        Uncertain target = f.required("targetDays", this::uncertain);
        Uncertain release = f.required("maxReleaseTonnesPerYear", this::uncertain);
        Uncertain refill = f.required("maxRefillTonnesPerYear", this::uncertain);
        Boolean untrusted = f.required("refillFromUntrusted", cx::bool);
        Uncertain holding = f.required("holdingCostPerKgYear", this::uncertain);
        return f.build(() -> new Stockpile(initial, target, release, refill, untrusted != null && untrusted, holding));
    }

    private Recycling recycling(Node node, String path) {
        Fields f = Fields.of(cx, node, path, RECYCLING);
        if (f == null) {
            return null;
        }
        Ramp share = rampMember(f, "shareOfDemand", true);
        Uncertain cost = f.required("costPerKg", this::uncertain);
        return f.build(() -> new Recycling(share, cost));
    }

    // ---- uncertain values and ramps ----

    private Uncertain uncertain(Node node, String path) {
        return UncertainJson.read(cx, node, path);
    }

    /** An object with {@code shape} and without {@code dist} or {@code value} (a gamma distribution has a shape too). */
    private static boolean isRampObject(Node node) {
        return node instanceof Obj o && o.members().containsKey("shape") && !o.members().containsKey("dist")
                && !o.members().containsKey("value");
    }

    /** A ramp member; a bare uncertain value there is a constant ramp, and its problems stay at the member. */
    private Ramp rampMember(Fields f, String key, boolean required) {
        Node n = f.get(key);
        if (n != null && !isRampObject(n)) {
            f.constantRamp(key);
        }
        return required ? f.required(key, this::ramp) : f.optional(key, null, this::ramp);
    }

    private Ramp ramp(Node node, String path) {
        if (isRampObject(node)) {
            Fields f = Fields.of(cx, node, path, RAMP);
            RampShape shape = f.required("shape", (n, p) -> cx.enumValue(RampShape.class, n, p));
            Uncertain start = f.required("startYear", this::uncertain);
            Uncertain duration = f.required("durationYears", this::uncertain);
            Uncertain from = f.required("from", this::uncertain);
            Uncertain to = f.required("to", this::uncertain);
            return f.build(() -> new Ramp(shape, start, duration, from, to));
        }
        if (node instanceof Obj && !UncertainJson.looksUncertain(node)) {
            cx.add(path, "must be a number, {\"value\": ...}, {\"dist\": ...} or a ramp {\"shape\": ...}, was an object"
                    + " without \"shape\", \"value\" or \"dist\"", node);
            return null;
        }
        Uncertain level = uncertain(node, path);
        return level == null ? null : Ramp.constant(level);
    }

    // ---- domestic chain ----

    private DomesticChain domestic(Node node, String path) {
        Fields f = Fields.of(cx, node, path, DOMESTIC);
        if (f == null) {
            return null;
        }
        List<Stage> stages = f.optional("stages", List.of(), (n, p) -> cx.list(n, p, this::stage, null));
        List<Project> projects = f.optional("projects", List.of(), (n, p) -> cx.list(n, p, this::project, null));
        Map<String, Double> composition = f.optional("composition", Map.of(), (n, p) -> cx.map(n, p, cx::number));
        String note = f.optional("compositionNote", null, cx::string);
        return f.build(() -> new DomesticChain(stages, projects, composition, note));
    }

    private Stage stage(Node node, String path) {
        Fields f = Fields.of(cx, node, path, STAGE);
        if (f == null) {
            return null;
        }
        String id = f.required("id", cx::string);
        String name = f.required("name", cx::string);
        List<Uncertain> factors = f.optional("conversionFactors", List.of(),
                (n, p) -> cx.list(n, p, this::uncertain, ZERO));
        CapacityBasis basis = f.required("capacityBasis", (n, p) -> cx.enumValue(CapacityBasis.class, n, p));
        Availability availability = f.required("availability", this::availability);
        return f.build(() -> new Stage(id, name, factors, basis, availability));
    }

    private Availability availability(Node node, String path) {
        Fields f = Fields.of(cx, node, path, AVAILABILITY);
        if (f == null) {
            return null;
        }
        Uncertain level = f.required("level", this::uncertain);
        List<Double> monthly = f.optional("monthlyFactors", List.of(), cx::numbers);
        Uncertain outage = f.optional("outagePerStep", null, this::uncertain);
        return f.build(() -> new Availability(level, monthly, outage));
    }

    private Project project(Node node, String path) {
        Fields f = Fields.of(cx, node, path, PROJECT);
        if (f == null) {
            return null;
        }
        String id = f.required("id", cx::string);
        String name = f.optional("name", id == null ? FAILED : id, cx::string);
        String stage = f.optional("stage", null, cx::string);
        Uncertain nameplate = f.optional("nameplate", ZERO, this::uncertain);
        Uncertain success = f.optional("successProbability", ONE, this::uncertain);
        Integer attempts = f.optional("attempts", 1, cx::integer);
        Uncertain decision = f.optional("decisionDelayYears", ZERO, this::uncertain);
        Uncertain lead = f.optional("leadTimeYears", ZERO, this::uncertain);
        Uncertain retry = f.optional("retryDelayYears", ZERO, this::uncertain);
        List<String> dependsOn = f.optional("dependsOn", List.of(), (n, p) -> cx.list(n, p, cx::string, FAILED));
        RampUp rampUp = f.optional("rampUp", RampUp.immediate(), this::rampUp);
        ProjectCosts costs = f.optional("costs", ProjectCosts.none(), this::costs);
        if (id == null) {
            f.suppress("name");
        }
        return f.build(() -> new Project(id, name, stage, nameplate, success, or(attempts, 1), decision, lead, retry,
                dependsOn, rampUp, costs));
    }

    private RampUp rampUp(Node node, String path) {
        Fields f = Fields.of(cx, node, path, RAMP_UP);
        if (f == null) {
            return null;
        }
        RampShape shape = f.required("shape", (n, p) -> cx.enumValue(RampShape.class, n, p));
        Uncertain years = f.required("yearsToNameplate", this::uncertain);
        Uncertain plateau = f.required("plateauFraction", this::uncertain);
        return f.build(() -> new RampUp(shape, years, plateau));
    }

    private ProjectCosts costs(Node node, String path) {
        Fields f = Fields.of(cx, node, path, COSTS);
        if (f == null) {
            return null;
        }
        Uncertain fixedCapex = f.optional("fixedCapex", ZERO, this::uncertain);
        Uncertain capexPerTonne = f.optional("capexPerTonnePerYear", ZERO, this::uncertain);
        Uncertain overrun = f.optional("capexOverrun", ONE, this::uncertain);
        Uncertain fixedOpex = f.optional("fixedOpexPerYear", ZERO, this::uncertain);
        Uncertain opexPerTonne = f.optional("opexPerTonne", ZERO, this::uncertain);
        Uncertain learning = f.optional("learningRate", ZERO, this::uncertain);
        return f.build(() -> new ProjectCosts(fixedCapex, capexPerTonne, overrun, fixedOpex, opexPerTonne, learning));
    }

    // ---- regimes ----

    private Regime regime(Node node, String path) {
        Fields f = Fields.of(cx, node, path, REGIME);
        if (f == null) {
            return null;
        }
        String id = f.required("id", cx::string);
        String name = f.required("name", cx::string);
        List<String> states = f.required("states", (n, p) -> cx.list(n, p, cx::string, FAILED));
        List<Double> initial = f.required("initialDistribution", cx::numbers);
        RegimeDynamics dynamics = f.required("transitions", this::transitions);
        String note = f.optional("note", null, cx::string);
        if (states == null) {
            // without the states, checks of the other members' sizes against them would mislead
            f.suppress("initialDistribution");
            f.suppress("transitions");
        }
        return f.build(() -> new Regime(id, name, states, initial, dynamics, note));
    }

    private RegimeDynamics transitions(Node node, String path) {
        Fields f = Fields.of(cx, node, path, TRANSITIONS);
        if (f == null) {
            return null;
        }
        boolean annual = f.has("annualProbabilities");
        boolean rates = f.has("ratesPerYear");
        if (annual == rates) {
            cx.add(path, annual ? "must have either \"annualProbabilities\" or \"ratesPerYear\", not both"
                    : "must have \"annualProbabilities\" (a matrix of annual transition probabilities) or"
                            + " \"ratesPerYear\" (a matrix of transition rates per year)", node);
            return null;
        }
        if (annual) {
            List<List<Double>> matrix = f.required("annualProbabilities",
                    (n, p) -> cx.list(n, p, cx::numbers, List.of()));
            f.alias("probabilities", "annualProbabilities");
            return f.build(() -> new RegimeDynamics.AnnualProbabilities(matrix));
        }
        List<List<Uncertain>> matrix = f.required("ratesPerYear",
                (n, p) -> cx.list(n, p, (row, rp) -> cx.list(row, rp, this::uncertain, ZERO), List.of()));
        return f.build(() -> new RegimeDynamics.TransitionRates(matrix));
    }

    // ---- suppliers ----

    private ExternalSupplier supplier(Node node, String path) {
        Fields f = Fields.of(cx, node, path, SUPPLIER);
        if (f == null) {
            return null;
        }
        String id = f.required("id", cx::string);
        String name = f.required("name", cx::string);
        Boolean trusted = f.required("trusted", cx::bool);
        String regime = f.optional("regime", null, cx::string);
        Map<String, StateEffect> effects = f.optional("stateEffects", Map.of(), this::stateEffects);
        List<SupplyTerms> terms = f.required("materials", (n, p) -> cx.list(n, p, this::terms, null));
        return f.build(() -> new ExternalSupplier(id, name, trusted != null && trusted, regime, effects, terms));
    }

    private Map<String, StateEffect> stateEffects(Node node, String path) {
        return cx.map(node, path, this::stateEffect);
    }

    private StateEffect stateEffect(Node node, String path) {
        Fields f = Fields.of(cx, node, path, STATE_EFFECT);
        if (f == null) {
            return null;
        }
        Uncertain fraction = f.required("deliverableFraction", this::uncertain);
        Uncertain multiplier = f.required("priceMultiplier", this::uncertain);
        return f.build(() -> new StateEffect(fraction, multiplier));
    }

    private SupplyTerms terms(Node node, String path) {
        Fields f = Fields.of(cx, node, path, TERMS);
        if (f == null) {
            return null;
        }
        String material = f.required("material", cx::string);
        Node capacityNode = f.get("capacityTonnesPerYear");
        boolean unlimited = capacityNode instanceof Str s && s.value().equals(UNLIMITED);
        Ramp capacity = null;
        if (capacityNode instanceof Str s && !unlimited) {
            cx.add(f.at("capacityTonnesPerYear"), "must be \"" + UNLIMITED + "\", a number, an uncertain value or a ramp,"
                    + " was " + JsonTree.describe(s) + Suggestions.didYouMean(s.value(), List.of(UNLIMITED)), s);
        } else if (!unlimited) {
            capacity = rampMember(f, "capacityTonnesPerYear", true);
        }
        Ramp finalCapacity = capacity;
        Uncertain realisation = f.optional("realisation", ONE, this::uncertain);
        Uncertain price = f.required("pricePerKg", this::uncertain);
        Map<String, StateEffect> effects = f.optional("stateEffects", Map.of(), this::stateEffects);
        return f.build(() -> new SupplyTerms(material, finalCapacity, realisation, price, effects));
    }

    // ---- criteria ----

    private Correlation correlation(Node node, String path) {
        Fields f = Fields.of(cx, node, path, CORRELATION);
        if (f == null) {
            return null;
        }
        List<String> inputs = f.required("inputs", (n, p) -> cx.list(n, p, cx::string, FAILED));
        Double spearman = f.required("spearman", cx::number);
        String source = f.optional("source", "", cx::string);
        String note = f.optional("note", "", cx::string);
        return f.build(() -> new Correlation(inputs, spearman == null ? 0 : spearman, source, note));
    }

    private SelfRelianceCriterion criterion(Node node, String path) {
        Fields f = Fields.of(cx, node, path, CRITERION);
        if (f == null) {
            return null;
        }
        String id = f.required("id", cx::string);
        String name = f.required("name", cx::string);
        CriterionKind kind = f.required("kind", (n, p) -> cx.enumValue(CriterionKind.class, n, p));
        Double threshold = f.required("threshold", cx::number);
        List<String> materials = f.optional("materials", List.of(), (n, p) -> cx.list(n, p, cx::string, FAILED));
        Integer steps = f.required("consecutiveSteps", cx::integer);
        return f.build(() -> new SelfRelianceCriterion(id, name, kind, threshold == null ? 0 : threshold, materials,
                or(steps, 1)));
    }

    private static int or(Integer value, int placeholder) {
        return value == null ? placeholder : value;
    }
}
