/**
 * Dossier codes: the pattern that formats them and the daily counters that number them, one
 * counter for each agency and day.
 */
package vn.dvcportal.numbering;
