/**
 * Dossier codes for the other parts of the portal:
 * {@link vn.dvcportal.numbering.boundary.DossierCodes} hands out the next code of an agency;
 * the pattern is checked when the portal starts.
 */
package vn.dvcportal.numbering.boundary;
