/**
 * Accounts of citizens, businesses and officials, the organisation tree officials are posted
 * in, and the one-time tokens and external identities tied to accounts. Tables are created by
 * {@code db/changelog/003-identity.xml}; the names here must match it.
 */
package vn.dvcportal.identity.entity;
