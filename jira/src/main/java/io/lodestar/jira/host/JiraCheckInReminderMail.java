package io.lodestar.jira.host;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.lodestar.core.okr.CheckInReminders;
import io.lodestar.core.okr.DueCheckIn;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * {@link CheckInReminders.Mail} on Jira's mail queue (reference sheet §12.3), as the KPI alert mail
 * ({@link JiraAlertMail}): one HTML e-mail to the owner listing each key result due for its weekly check-in, with
 * when it fell or falls due and a link to its cycle on the OKR page, then a link to "My check-ins" where the owner
 * checks in and can switch these e-mails off. All text from the i18n properties ({@code reminder.mail.*}) in the
 * default language; every value escaped. An owner who no longer exists, is inactive or has no e-mail address gets
 * nothing.
 */
public final class JiraCheckInReminderMail implements CheckInReminders.Mail {

    private final MailQueue mailQueue;
    private final UserManager users;
    private final ApplicationProperties application;
    private final Clock clock;

    public JiraCheckInReminderMail(MailQueue mailQueue, UserManager users, ApplicationProperties application,
                                   Clock clock) {
        this.mailQueue = Objects.requireNonNull(mailQueue, "mailQueue");
        this.users = Objects.requireNonNull(users, "users");
        this.application = Objects.requireNonNull(application, "application");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void send(String owner, List<DueCheckIn> due) {
        ApplicationUser user = users.getUserByKey(owner);
        if (due.isEmpty() || user == null || !user.isActive() || user.getEmailAddress() == null
                || user.getEmailAddress().isBlank()) {
            return;
        }
        ResourceBundle texts = ResourceBundle.getBundle(JiraAlertMail.BUNDLE, Locale.ROOT,
                JiraCheckInReminderMail.class.getClassLoader());
        Email email = new com.atlassian.jira.mail.Email(user.getEmailAddress());
        email.setSubject(text(texts, "reminder.mail.subject", due.size()));
        email.setMimeType("text/html");
        email.setBody(body(texts, due));
        mailQueue.addItem(new SingleMailQueueItem(email));
    }

    private String body(ResourceBundle texts, List<DueCheckIn> due) {
        String okrs = application.getBaseUrl(UrlMode.CANONICAL) + "/plugins/servlet/lodestar/okrs";
        LocalDate today = LocalDate.now(clock);
        StringBuilder html = new StringBuilder("<html><body>");
        html.append("<p>").append(JiraAlertMail.escape(text(texts, "reminder.mail.intro", due.size()))).append("</p><ul>");
        for (DueCheckIn entry : due) {
            LocalDate day = LocalDate.ofInstant(entry.dueAt(), clock.getZone());
            String when = text(texts, day.isBefore(today) ? "reminder.mail.overdue" : "reminder.mail.due", day.toString());
            html.append("<li><a href=\"").append(JiraAlertMail.escape(okrs + "?cycle=" + entry.cycleId())).append("\">")
                    .append(JiraAlertMail.escape(entry.keyResult().title())).append("</a> ")
                    .append(JiraAlertMail.escape(when)).append("</li>");
        }
        html.append("</ul><p><a href=\"").append(JiraAlertMail.escape(okrs + "?view=my-check-ins")).append("\">")
                .append(JiraAlertMail.escape(text(texts, "reminder.mail.link"))).append("</a></p>");
        html.append("<p>").append(JiraAlertMail.escape(text(texts, "reminder.mail.switchOff"))).append("</p></body></html>");
        return html.toString();
    }

    private static String text(ResourceBundle texts, String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), Locale.ROOT).format(arguments);
    }
}
