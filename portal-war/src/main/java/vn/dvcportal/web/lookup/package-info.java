/**
 * Dossier lookup by the code on the receipt.
 */
package vn.dvcportal.web.lookup;
