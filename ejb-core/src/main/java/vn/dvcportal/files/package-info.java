/**
 * Files that citizens and officials upload: checked by their content, kept once per content
 * under its SHA-256, and read back for download.
 */
package vn.dvcportal.files;
