/**
 * Statistics and access reports, made by Jakarta Batch jobs for a day or a month: the jobs
 * themselves, starting and watching them, the timers that start them, the figures they leave
 * and their export to Excel and PDF.
 */
package vn.dvcportal.report;
