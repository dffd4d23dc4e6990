/**
 * Outgoing mail: plain-text messages in UTF-8 sent through the server's mail session, which
 * holds the SMTP host, port and sender address so that each installation sets its own.
 */
package vn.dvcportal.mail.control;
