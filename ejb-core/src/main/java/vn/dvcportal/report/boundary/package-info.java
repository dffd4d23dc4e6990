/**
 * Report jobs and their figures for administrators: starting, stopping, restarting and
 * watching the jobs, the timers that start them, and the access report with its exports.
 */
package vn.dvcportal.report.boundary;
