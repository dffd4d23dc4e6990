/** Persistence pieces that every feature shares, such as converters for Java time types. */
package vn.dvcportal.platform.entity;
