/**
 * The web side of the access log and the audit trail: a filter that records every request,
 * and the administrators' page for searching security events.
 */
package vn.dvcportal.web.audit;
