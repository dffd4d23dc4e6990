/**
 * The pure rules of the reports (periods, device classes, page views, visits, visitor keys,
 * schedules) and the export of report tables to Excel and PDF.
 */
package vn.dvcportal.report.control;
