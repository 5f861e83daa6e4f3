package dev.autarky.scenario;

/** Whether a stage's capacity is measured on what it takes in or on what it puts out. */
public enum CapacityBasis {
    /**
     * Capacity limits the input processed: {@code in = min(upstream, capacity × availability)},
     * {@code out = conversion × in}. Usual for lifting and dewatering (t of mud per year).
     */
    INPUT,
    /**
     * Capacity limits the output: {@code out = min(conversion × upstream, capacity × availability)}.
     * Usual for refineries (t of oxide per year).
     */
    OUTPUT
}
