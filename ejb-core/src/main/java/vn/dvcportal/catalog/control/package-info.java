/**
 * The catalogue's working parts: reading the national file format, storing it idempotently,
 * and the in-memory search over it.
 */
package vn.dvcportal.catalog.control;
