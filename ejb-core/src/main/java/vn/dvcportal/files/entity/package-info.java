/** The record of each distinct file content the portal keeps. */
package vn.dvcportal.files.entity;
