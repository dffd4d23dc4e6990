/**
 * How people sign in over HTTP: the portal's one Jakarta Security authentication mechanism and
 * its identity store, checked against the portal's own accounts. They live beside the business
 * core, not in a web module, so that every web module of the application sees the same beans.
 */
package vn.dvcportal.identity.web;
