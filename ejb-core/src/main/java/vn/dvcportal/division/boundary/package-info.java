/**
 * Entry point for everything that reads or loads administrative units: address forms, dossier
 * screens that show old addresses as they read today, and the administrator's import.
 *
 * <p>Imports are idempotent and may be repeated after the statistics office corrects a list;
 * the old three-level list should be imported before the current one so that every succession
 * points at a stored old unit straight away.
 */
package vn.dvcportal.division.boundary;
