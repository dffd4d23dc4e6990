package vn.dvcportal.federation.control;

/**
 * Who the identity provider says the user is, after the identity token was verified.
 *
 * @param issuer the provider's issuer identifier
 * @param subject the provider's stable identifier of the user ({@code sub})
 * @param personalId the personal identification number from the configured claim,
 *     {@code null} when the provider did not send it
 * @param name the full name, NFC, or {@code null}
 * @param email the e-mail address, or {@code null} when absent or marked unverified
 */
public record VerifiedIdentity(String issuer, String subject, String personalId, String name,
        String email) {
}
