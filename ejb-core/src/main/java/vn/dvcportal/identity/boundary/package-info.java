/**
 * What the web module calls for accounts: registration and e-mail verification, sign-in with
 * password or through the national identity provider, passwords, profiles, and the
 * administration of officials and of the organisation tree. Every public method names the
 * roles that may call it; methods that act on "my" account take the caller from the container,
 * never from a parameter, and every security event goes to the audit trail.
 */
package vn.dvcportal.identity.boundary;
