package com.atlassian.mail.queue;

import com.atlassian.mail.Email;

/**
 * One e-mail for the {@link MailQueue} (reference sheet §12.3; {@code getEmail()} checked in atlassian-mail's
 * source). The host class extends {@code AbstractMailQueueItem}, which Lodestar does not name.
 */
public class SingleMailQueueItem implements MailQueueItem {

    private final Email email;

    public SingleMailQueueItem(Email email) {
        this.email = email;
    }

    public Email getEmail() {
        return email;
    }

    @Override
    public int compareTo(MailQueueItem other) {
        return 0;
    }
}
