/**
 * What the platform does for every feature at start-up, such as bringing the database schema
 * to the version the build expects.
 */
package vn.dvcportal.platform.boundary;
