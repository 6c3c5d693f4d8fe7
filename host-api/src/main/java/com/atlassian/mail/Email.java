package com.atlassian.mail;

/**
 * atlassian-mail's message (reference sheet §12.3; getters checked in atlassian-mail's source). Only what Lodestar
 * calls is declared; the stand-in keeps the values so the sandbox's mail queue can write them out.
 */
public class Email {

    private final String to;
    private String subject;
    private String body;
    private String mimeType = "text/plain";

    public Email(String to) {
        this.to = to;
    }

    public String getTo() {
        return to;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getMimeType() {
        return mimeType;
    }

    public Email setSubject(String subject) {
        this.subject = subject;
        return this;
    }

    public Email setBody(String body) {
        this.body = body;
        return this;
    }

    public Email setMimeType(String mimeType) {
        this.mimeType = mimeType;
        return this;
    }
}
