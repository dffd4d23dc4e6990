/**
 * The report pages of the administration: the report jobs with their history, progress and
 * controls, and the figures of the access report with their exports.
 */
package vn.dvcportal.web.report;
