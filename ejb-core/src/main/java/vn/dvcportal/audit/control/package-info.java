/**
 * The queue and the background writer that keep the access log off the request threads, and
 * the clean-up every logged text goes through.
 */
package vn.dvcportal.audit.control;
