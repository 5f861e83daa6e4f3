/**
 * Mergeable fixed-bin histograms that give quantiles with bounded memory and documented error
 * bounds. Counts are {@code long}, so combining partial histograms is exact and independent of
 * the order and grouping of the parts. Internal: not part of the user API.
 */
package dev.autarky.internal.stats;
