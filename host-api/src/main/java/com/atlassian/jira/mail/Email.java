package com.atlassian.jira.mail;

/**
 * Jira's e-mail (reference sheet §12.3): sets Jira's mail encoding and fingerprint header in its constructor and
 * overrides {@code setSubject} (same return type).
 */
public class Email extends com.atlassian.mail.Email {

    public Email(String to) {
        super(to);
    }

    @Override
    public com.atlassian.mail.Email setSubject(String subject) {
        return super.setSubject(subject);
    }
}
