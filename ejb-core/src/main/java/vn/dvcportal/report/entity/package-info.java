/**
 * Persistent figures of the report jobs: one {@link vn.dvcportal.report.entity.ReportRun} per
 * job and period, and the access report's counters and visits that belong to it.
 */
package vn.dvcportal.report.entity;
