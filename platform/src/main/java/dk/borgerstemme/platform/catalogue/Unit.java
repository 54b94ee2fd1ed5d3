package dk.borgerstemme.platform.catalogue;

public record Unit(String id, LocalizedText name, UnitKind kind, Capacity capacity) {
}
