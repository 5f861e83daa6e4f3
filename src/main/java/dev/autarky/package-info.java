/**
 * autarky: Monte Carlo projections of how long a country needs to do without an untrusted supplier
 * of a critical material, and what getting there costs.
 */
package dev.autarky;
