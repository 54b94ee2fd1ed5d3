package dk.borgerstemme.platform.catalogue;

public record ComplaintCategory(String id, LocalizedText name) {
}
