/**
 * What the web module and the jobs may call on the procedure catalogue: public reading and
 * searching, and the imports that only administrators start.
 */
package vn.dvcportal.catalog.boundary;
