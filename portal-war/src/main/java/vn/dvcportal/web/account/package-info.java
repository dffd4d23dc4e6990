/**
 * The pages and endpoints of accounts: signing in with a password or through the national
 * identity provider, signing out, registration and e-mail verification, forgotten passwords,
 * and the signed-in person's own page. The checks and the storage are the business core's;
 * these classes turn forms into its calls and its answers into pages.
 */
package vn.dvcportal.web.account;
