package io.lodestar.sandbox.host.platform;

import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.MailQueueItem;
import com.atlassian.mail.queue.SingleMailQueueItem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.UUID;

/**
 * Jira's mail queue in the sandbox: instead of an SMTP server, each queued e-mail becomes one {@code .eml} file
 * in {@code <data>/mail/}, which a mail program or a browser (the HTML part) opens. Files are named by the time
 * queued and a random part, so two nodes sharing the folder never overwrite each other.
 */
public final class SandboxMailQueue implements MailQueue {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private final Path folder;
    private final Clock clock;

    public SandboxMailQueue(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    public Path folder() {
        return folder;
    }

    @Override
    public void addItem(MailQueueItem item) {
        if (!(item instanceof SingleMailQueueItem single)) {
            throw new IllegalArgumentException("the sandbox writes single e-mails only, not " + item.getClass().getName());
        }
        Email email = single.getEmail();
        String name = FILE_TIME.format(clock.instant()) + "-" + UUID.randomUUID().toString().substring(0, 8) + ".eml";
        String message = "To: " + email.getTo() + "\r\n"
                + "Subject: =?UTF-8?B?" + Base64.getEncoder().encodeToString(
                        String.valueOf(email.getSubject()).getBytes(StandardCharsets.UTF_8)) + "?=\r\n"
                + "Date: " + DateTimeFormatter.RFC_1123_DATE_TIME.format(clock.instant().atZone(ZoneOffset.UTC)) + "\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: " + email.getMimeType() + "; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n\r\n"
                + String.valueOf(email.getBody()) + "\r\n";
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(name), message, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the e-mail to " + folder, e);
        }
    }
}
