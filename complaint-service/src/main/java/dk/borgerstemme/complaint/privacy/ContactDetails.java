package dk.borgerstemme.complaint.privacy;

import io.micronaut.core.annotation.Nullable;

/**
 * How to reach a complainant. Only ever stored encrypted ({@link ContactCipher}); {@link #toString()}
 * says which details are present, never their values, so a log line or an exception message cannot
 * leak them.
 */
public record ContactDetails(
    @Nullable String name,
    @Nullable String email,
    @Nullable String phone,
    @Nullable String postalAddress,
    PreferredChannel preferredChannel) {

    public ContactDetails {
        name = blankToNull(name);
        email = blankToNull(email);
        phone = blankToNull(phone);
        postalAddress = blankToNull(postalAddress);
        if (preferredChannel == null) {
            throw new IllegalArgumentException("A preferred channel is required");
        }
    }

    public boolean hasEmail() {
        return email != null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String toString() {
        return "ContactDetails[" + (name != null ? "name " : "") + (email != null ? "email " : "")
            + (phone != null ? "phone " : "") + (postalAddress != null ? "address " : "")
            + "prefers " + preferredChannel + "]";
    }
}
