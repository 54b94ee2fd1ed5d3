package dk.borgerstemme.platform.catalogue;

/** How many a unit serves; complaint counts are read per 100 of these. */
public record Capacity(int amount, CapacityMeasure measure) {
}
