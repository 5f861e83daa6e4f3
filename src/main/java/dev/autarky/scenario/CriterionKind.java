package dev.autarky.scenario;

/** What a self-reliance criterion measures for each material in a step. */
public enum CriterionKind {
    /**
     * (domestic output + recycling + trusted suppliers' available capacity) ÷ demand ≥ threshold:
     * supply the country could count on with no untrusted supplier.
     */
    CAPABILITY,
    /**
     * untrusted deliveries ÷ demand ≤ threshold, in a step with no shortfall (a step short of
     * supply is never counted as self-reliant).
     */
    UNTRUSTED_SHARE,
    /** domestic output used ÷ demand ≥ threshold. */
    DOMESTIC_SHARE
}
