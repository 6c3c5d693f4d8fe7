package io.lodestar.jira.host;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.lodestar.core.kpi.KpiAlert;
import io.lodestar.core.kpi.KpiDefinition;
import io.lodestar.core.kpi.KpiGoal;
import io.lodestar.core.kpi.KpiWatchers;
import io.lodestar.core.kpi.run.AlertMail;
import io.lodestar.jira.app.OkrAccess;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * {@link AlertMail} on Jira's mail queue (reference sheet §12.3): an HTML e-mail to the KPI's owner and to each of its
 * watchers ({@link KpiWatchers#recipients}: every user once, and only those who may see the KPI's values now, by
 * {@link OkrAccess#canSeeKpiValues(KpiDefinition, ApplicationUser)}), with the value,
 * the target, the alert threshold (or the band), the KPI sheet's action and a link to the KPI page. Jira's own mail
 * job sends it through the outgoing mail server; with outgoing mail off, Jira keeps or drops it as it does its own.
 *
 * <p>All text comes from the app's i18n properties ({@code kpi.mail.*}), in the default language: a background run
 * has no viewer whose language to use. Every value put into the HTML is escaped. An owner who no longer exists, is
 * inactive or has no e-mail address gets nothing (the alert still shows on the KPI page); nor does a watcher who may no
 * longer browse the KPI's projects. One mail is queued per recipient (no recipient sees the others' addresses).
 */
public final class JiraAlertMail implements AlertMail {

    static final String BUNDLE = "io.lodestar.jira.i18n";

    private final MailQueue mailQueue;
    private final UserManager users;
    private final ApplicationProperties application;
    private final KpiWatchers watchers;
    private final OkrAccess access;

    public JiraAlertMail(MailQueue mailQueue, UserManager users, ApplicationProperties application, KpiWatchers watchers,
                         OkrAccess access) {
        this.mailQueue = java.util.Objects.requireNonNull(mailQueue, "mailQueue");
        this.users = users;
        this.application = application;
        this.watchers = java.util.Objects.requireNonNull(watchers, "watchers");
        this.access = java.util.Objects.requireNonNull(access, "access");
    }

    @Override
    public void send(KpiDefinition kpi, KpiAlert alert) {
        Map<String, ApplicationUser> known = new HashMap<>();
        List<String> recipients = KpiWatchers.recipients(kpi.owner(), watchers.watchers(kpi.id()), key -> {
            ApplicationUser user = users.getUserByKey(key);
            if (user == null || !user.isActive() || user.getEmailAddress() == null
                    || user.getEmailAddress().isBlank() || !access.canSeeKpiValues(kpi, user)) {
                return false;
            }
            known.put(key, user);
            return true;
        });
        if (recipients.isEmpty()) {
            return;
        }
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, Locale.ROOT, JiraAlertMail.class.getClassLoader());
        String body = body(texts, kpi, alert);
        for (String key : recipients) {
            Email email = new com.atlassian.jira.mail.Email(known.get(key).getEmailAddress());
            email.setSubject(text(texts, "kpi.mail.subject", kpi.name(), alert.period().key()));
            email.setMimeType("text/html");
            email.setBody(body);
            mailQueue.addItem(new SingleMailQueueItem(email));
        }
    }

    private String body(ResourceBundle texts, KpiDefinition kpi, KpiAlert alert) {
        String link = application.getBaseUrl(UrlMode.CANONICAL) + "/plugins/servlet/lodestar/kpis?kpi=" + kpi.id();
        StringBuilder html = new StringBuilder("<html><body>");
        html.append("<p>").append(escape(text(texts, "kpi.mail.intro", kpi.name(), alert.period().key())))
                .append("</p><ul>");
        item(html, text(texts, "kpi.mail.value", number(alert.value())));
        if (kpi.goal() instanceof KpiGoal.Band band) {
            item(html, text(texts, "kpi.mail.band", number(band.minimum()), number(band.maximum())));
        } else {
            KpiGoal.Growing growing = (KpiGoal.Growing) kpi.goal();
            item(html, text(texts, "kpi.mail.target", number(growing.target())));
            item(html, text(texts, "kpi.mail.threshold", number(growing.alertThreshold())));
        }
        html.append("</ul><p>").append(escape(alert.action().isEmpty() ? text(texts, "kpi.mail.noAction")
                : text(texts, "kpi.mail.action", alert.action()))).append("</p>");
        html.append("<p><a href=\"").append(escape(link)).append("\">").append(escape(text(texts, "kpi.mail.link")))
                .append("</a></p></body></html>");
        return html.toString();
    }

    private static void item(StringBuilder html, String text) {
        html.append("<li>").append(escape(text)).append("</li>");
    }

    private static String text(ResourceBundle texts, String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), Locale.ROOT).format(arguments);
    }

    /** Numbers as the KPI page shows them: 2 decimals at most, no exponent. */
    private static String number(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
