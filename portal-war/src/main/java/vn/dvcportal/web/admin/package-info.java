/**
 * Administration of the catalogue: uploading a file from the page or the command line and
 * following its import.
 */
package vn.dvcportal.web.admin;
