/**
 * Reading the statistics office's unit lists and writing them to the database.
 *
 * <p>{@link vn.dvcportal.division.control.DivisionFileParser} turns a JSON file into plain
 * records, checking codes and normalising names to NFC; {@link
 * vn.dvcportal.division.control.DivisionWriter} compares those records with the table and
 * writes only the differences, in batches, so that an import can be repeated at will.
 */
package vn.dvcportal.division.control;
