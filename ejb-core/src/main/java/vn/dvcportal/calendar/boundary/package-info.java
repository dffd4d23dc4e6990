/**
 * The working calendar for the rest of the portal: the current calendar for counting due
 * dates, read by anyone, and its maintenance by the system administrator, audited. The
 * shipped calendar is loaded when the portal first starts.
 */
package vn.dvcportal.calendar.boundary;
