package com.atlassian.mail.queue;

/** Jira's outgoing mail queue (reference sheet §12.3); sent by Jira's own job. Only {@code addItem} is declared. */
public interface MailQueue {

    void addItem(MailQueueItem item);
}
