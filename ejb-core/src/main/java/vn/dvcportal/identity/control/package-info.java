/**
 * The rules of accounts, kept free of the container so they can be tested on their own:
 * identifier checks, password hashing and lockout, form validation, the one-time links, and
 * the persistence work the boundaries delegate.
 */
package vn.dvcportal.identity.control;
