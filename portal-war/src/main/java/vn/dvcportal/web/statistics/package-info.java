/**
 * The statistics pages: the public one at {@code /thong-ke} with its charts and tables, and
 * the back office's at {@code /quan-ly/thong-ke} with the figures by procedure, the exports and,
 * for the system administrator, the job that makes them.
 */
package vn.dvcportal.web.statistics;
