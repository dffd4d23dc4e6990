/**
 * The public web site of the portal: Faces pages, their backing beans, the site map and the
 * HTTP API. Each page has one backing bean in the package of its feature.
 */
package vn.dvcportal.web;
