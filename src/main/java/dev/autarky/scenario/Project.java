package dev.autarky.scenario;

import dev.autarky.internal.Problems;
import dev.autarky.uncertain.Uncertain;
import java.util.ArrayList;
import java.util.List;

/**
 * Something that must be decided, built and made to work before it adds domestic capacity: a
 * vessel, a plant phase, or a technology trial with no capacity of its own.
 *
 * <p>Timeline on one path: the project's clock starts when its last dependency starts operating
 * (or at the start of the first step if it has none; if any dependency fails, the project never
 * starts). After {@code decisionDelayYears} the first attempt begins; each attempt takes
 * {@code leadTimeYears} and succeeds with {@code successProbability}; a failed attempt is retried
 * after {@code retryDelayYears}, up to {@code attempts} attempts in all. After a successful
 * attempt the project operates and ramps up (see {@link RampUp}); if all attempts fail it never
 * operates, and neither does anything that depends on it.
 *
 * @param id                 stable identifier (keys its random draws and references)
 * @param name               readable name
 * @param stage              id of the stage it adds capacity to, or null for a project without
 *                           capacity (a trial or decision gate)
 * @param nameplate          design capacity on the stage's capacity basis, t/yr, >= 0
 * @param successProbability chance that one attempt succeeds, in [0, 1]
 * @param attempts           largest number of attempts, 1–100
 * @param decisionDelayYears years from the clock's start to the first attempt, >= 0
 * @param leadTimeYears      years an attempt takes (construction, or a trial's duration), >= 0
 * @param retryDelayYears    years between a failed attempt and the next, >= 0
 * @param dependsOn          ids of projects that must operate first
 * @param rampUp             growth from first output to the plateau
 * @param costs              capital and operating costs
 */
public record Project(String id, String name, String stage, Uncertain nameplate, Uncertain successProbability,
        int attempts, Uncertain decisionDelayYears, Uncertain leadTimeYears, Uncertain retryDelayYears,
        List<String> dependsOn, RampUp rampUp, ProjectCosts costs) {

    /**
     * Validates the fields.
     *
     * @param id stable identifier (keys its random draws and references)
     * @param name readable name
     * @param stage id of the stage it adds capacity to, or null for a project without capacity (a trial or
     *              decision gate)
     * @param nameplate design capacity on the stage's capacity basis, t/yr, >= 0
     * @param successProbability chance that one attempt succeeds, in [0, 1]
     * @param attempts largest number of attempts, 1–100
     * @param decisionDelayYears years from the clock's start to the first attempt, >= 0
     * @param leadTimeYears years an attempt takes (construction, or a trial's duration), >= 0
     * @param retryDelayYears years between a failed attempt and the next, >= 0
     * @param dependsOn ids of projects that must operate first
     * @param rampUp growth from first output to the plateau
     * @param costs capital and operating costs
     */
    public Project {
        Problems p = new Problems();
        Ids.check(p, id, "id");
        p.nonBlank(name, "name");
        if (stage != null) {
            Ids.check(p, stage, "stage");
        }
        p.nonNegative(nameplate, "nameplate");
        p.probability(successProbability, "successProbability");
        p.require(attempts >= 1 && attempts <= 100, "attempts", "must be in [1, 100], was " + attempts);
        p.nonNegative(decisionDelayYears, "decisionDelayYears");
        p.nonNegative(leadTimeYears, "leadTimeYears");
        p.nonNegative(retryDelayYears, "retryDelayYears");
        p.noNulls(dependsOn, "dependsOn");
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn.stream().filter(java.util.Objects::nonNull).toList());
        p.present(rampUp, "rampUp");
        p.present(costs, "costs");
        p.throwIfAny();
    }

    /**
     * A builder with the defaults: no stage, nameplate 0, certain success, one attempt, no delays, immediate ramp, no costs.
     *
     * @param id stable identifier (keys its random draws and references)
     * @return a builder with the defaults: no stage, nameplate 0, certain success, one attempt, no delays,
     *         immediate ramp, no costs
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /**
     * A builder starting from this project's values.
     *
     * @return a builder starting from this project's values
     */
    public Builder toBuilder() {
        Builder b = new Builder(id).name(name).stage(stage).nameplate(nameplate).successProbability(successProbability)
                .attempts(attempts).decisionDelayYears(decisionDelayYears).leadTimeYears(leadTimeYears)
                .retryDelayYears(retryDelayYears).rampUp(rampUp).costs(costs);
        b.dependsOn.addAll(dependsOn);
        return b;
    }

    /** Builds a {@link Project}; every setter returns the builder. */
    public static final class Builder {
        private final String id;
        private String name;
        private String stage;
        private Uncertain nameplate = Uncertain.fixed(0);
        private Uncertain successProbability = Uncertain.fixed(1);
        private int attempts = 1;
        private Uncertain decisionDelayYears = Uncertain.fixed(0);
        private Uncertain leadTimeYears = Uncertain.fixed(0);
        private Uncertain retryDelayYears = Uncertain.fixed(0);
        private final List<String> dependsOn = new ArrayList<>();
        private RampUp rampUp = RampUp.immediate();
        private ProjectCosts costs = ProjectCosts.none();

        private Builder(String id) {
            this.id = id;
            this.name = id;
        }

        /**
         * Readable name (default: the id).
         *
         * @param value readable name
         * @return this builder
         */
        public Builder name(String value) {
            name = value;
            return this;
        }

        /**
         * Stage the project adds capacity to.
         *
         * @param value id of the stage it adds capacity to, or null for a project without capacity (a trial
         *              or decision gate)
         * @return this builder
         */
        public Builder stage(String value) {
            stage = value;
            return this;
        }

        /**
         * Design capacity, t/yr on the stage's basis.
         *
         * @param value design capacity on the stage's capacity basis, t/yr, >= 0
         * @return this builder
         */
        public Builder nameplate(Uncertain value) {
            nameplate = value;
            return this;
        }

        /**
         * Design capacity, t/yr on the stage's basis.
         *
         * @param value design capacity on the stage's capacity basis, t/yr, >= 0
         * @return this builder
         */
        public Builder nameplate(double value) {
            return nameplate(Uncertain.fixed(value));
        }

        /**
         * Chance one attempt succeeds.
         *
         * @param value chance that one attempt succeeds, in [0, 1]
         * @return this builder
         */
        public Builder successProbability(Uncertain value) {
            successProbability = value;
            return this;
        }

        /**
         * Chance one attempt succeeds.
         *
         * @param value chance that one attempt succeeds, in [0, 1]
         * @return this builder
         */
        public Builder successProbability(double value) {
            return successProbability(Uncertain.fixed(value));
        }

        /**
         * Largest number of attempts.
         *
         * @param value largest number of attempts, 1–100
         * @return this builder
         */
        public Builder attempts(int value) {
            attempts = value;
            return this;
        }

        /**
         * Years from the clock's start to the first attempt.
         *
         * @param value years from the clock's start to the first attempt, >= 0
         * @return this builder
         */
        public Builder decisionDelayYears(Uncertain value) {
            decisionDelayYears = value;
            return this;
        }

        /**
         * Years from the clock's start to the first attempt.
         *
         * @param value years from the clock's start to the first attempt, >= 0
         * @return this builder
         */
        public Builder decisionDelayYears(double value) {
            return decisionDelayYears(Uncertain.fixed(value));
        }

        /**
         * Years one attempt takes.
         *
         * @param value years an attempt takes (construction, or a trial's duration), >= 0
         * @return this builder
         */
        public Builder leadTimeYears(Uncertain value) {
            leadTimeYears = value;
            return this;
        }

        /**
         * Years one attempt takes.
         *
         * @param value years an attempt takes (construction, or a trial's duration), >= 0
         * @return this builder
         */
        public Builder leadTimeYears(double value) {
            return leadTimeYears(Uncertain.fixed(value));
        }

        /**
         * Years between a failed attempt and the next.
         *
         * @param value years between a failed attempt and the next, >= 0
         * @return this builder
         */
        public Builder retryDelayYears(Uncertain value) {
            retryDelayYears = value;
            return this;
        }

        /**
         * Years between a failed attempt and the next.
         *
         * @param value years between a failed attempt and the next, >= 0
         * @return this builder
         */
        public Builder retryDelayYears(double value) {
            return retryDelayYears(Uncertain.fixed(value));
        }

        /**
         * Adds projects that must operate first.
         *
         * @param ids ids of projects that must operate first
         * @return this builder
         */
        public Builder dependsOn(String... ids) {
            dependsOn.addAll(List.of(ids));
            return this;
        }

        /**
         * Growth from first output to plateau.
         *
         * @param value growth from first output to the plateau
         * @return this builder
         */
        public Builder rampUp(RampUp value) {
            rampUp = value;
            return this;
        }

        /**
         * Capital and operating costs.
         *
         * @param value capital and operating costs
         * @return this builder
         */
        public Builder costs(ProjectCosts value) {
            costs = value;
            return this;
        }

        /**
         * The project; throws {@link ScenarioException} listing every invalid field.
         *
         * @return the project
         */
        public Project build() {
            return new Project(id, name, stage, nameplate, successProbability, attempts, decisionDelayYears,
                    leadTimeYears, retryDelayYears, dependsOn, rampUp, costs);
        }
    }
}
