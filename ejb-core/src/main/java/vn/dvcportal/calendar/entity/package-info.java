/**
 * The days that differ from an ordinary week: public holidays, compensatory days off and the
 * Saturdays or Sundays worked in exchange. Table created by
 * {@code db/changelog/006-calendar.xml}; the names here must match it.
 */
package vn.dvcportal.calendar.entity;
