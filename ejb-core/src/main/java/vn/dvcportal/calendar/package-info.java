/**
 * The working calendar: which days the agencies work, and the due dates of dossiers counted on
 * it. The calendar is national; Saturdays and Sundays are off unless a day says otherwise.
 */
package vn.dvcportal.calendar;
