/**
 * The procedure catalogue as citizens browse it: home page, searchable list and the full record
 * of one procedure, with the formatting of fees and processing times.
 */
package vn.dvcportal.web.catalog;
