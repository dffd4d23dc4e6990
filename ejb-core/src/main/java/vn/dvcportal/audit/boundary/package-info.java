/**
 * Recording security events and requests, for every part of the portal; searching them, for
 * administrators only.
 */
package vn.dvcportal.audit.boundary;
