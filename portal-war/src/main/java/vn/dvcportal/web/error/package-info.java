/**
 * Error pages and failed ajax requests: each failure gets a reference that the page shows and
 * the log records with the details.
 */
package vn.dvcportal.web.error;
