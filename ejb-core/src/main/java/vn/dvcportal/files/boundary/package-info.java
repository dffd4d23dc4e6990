/** The file store other features call to keep an upload and to read it back. */
package vn.dvcportal.files.boundary;
