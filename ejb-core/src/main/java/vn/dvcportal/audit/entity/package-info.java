/**
 * Persistent form of audit events and access log entries: append-only tables indexed by time,
 * since every reading of them is a time range.
 */
package vn.dvcportal.audit.entity;
