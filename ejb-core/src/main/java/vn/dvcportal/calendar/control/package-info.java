/**
 * The calendar's rules, free of the database: which days are worked, how many working days lie
 * between two dates, the due date of a dossier, and the checks on a day an administrator sets.
 */
package vn.dvcportal.calendar.control;
