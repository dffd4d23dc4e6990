/**
 * The daily counters of dossier codes. Table created by {@code db/changelog/006-calendar.xml};
 * the names here must match it.
 */
package vn.dvcportal.numbering.entity;
