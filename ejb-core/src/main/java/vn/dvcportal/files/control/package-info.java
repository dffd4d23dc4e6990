/**
 * The rules of stored files, kept free of the container so they can be tested on their own:
 * recognising the accepted kinds by content, cleaning the names users give, and the directory
 * that holds each content once.
 */
package vn.dvcportal.files.control;
