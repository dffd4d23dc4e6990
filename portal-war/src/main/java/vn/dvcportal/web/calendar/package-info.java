/**
 * The working calendar's administration page: the declared days of a year, and the form that
 * adds, changes and removes them.
 */
package vn.dvcportal.web.calendar;
