/**
 * Sign-in through the national identity provider by OpenID Connect.
 *
 * <p>{@link vn.dvcportal.federation.control.OpenIdClient} starts the authorization code flow
 * and verifies what comes back; it says who the provider vouches for, in a
 * {@link vn.dvcportal.federation.control.VerifiedIdentity}, and leaves the decision of which
 * local account that is to the identity feature.
 */
package vn.dvcportal.federation.control;
