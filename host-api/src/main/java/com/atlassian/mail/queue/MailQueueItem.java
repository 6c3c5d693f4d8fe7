package com.atlassian.mail.queue;

/**
 * An item of the {@link MailQueue} (reference sheet §12.3). The host interface also extends
 * {@code com.atlassian.core.task.Task}, whose methods Lodestar never calls; it is left out here so that a package
 * Lodestar does not use is not imported.
 */
public interface MailQueueItem extends Comparable<MailQueueItem> {
}
