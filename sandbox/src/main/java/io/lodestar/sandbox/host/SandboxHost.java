package io.lodestar.sandbox.host;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.scheduler.SchedulerService;
import io.lodestar.sandbox.host.platform.Connections;
import io.lodestar.sandbox.host.platform.SandboxClusterLockService;
import io.lodestar.sandbox.host.platform.SandboxEventPublisher;
import io.lodestar.sandbox.host.platform.SandboxSchedulerService;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.transaction.TransactionTemplate;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Every host service the sandbox plays, by the host-api interface the app imports it as: the sandbox's
 * counterpart of the app's host-components.xml. One small class per interface, each implementing only what the
 * app calls.
 */
public final class SandboxHost {

    private final SandboxUsers users = new SandboxUsers();
    private final SandboxPageBuilderService pageBuilder = new SandboxPageBuilderService();
    private final SandboxTemplateRenderer templateRenderer;
    private final Map<Class<?>, Object> services = new LinkedHashMap<>();
    private final SandboxSchedulerService scheduler;
    private final SandboxClusterLockService clusterLocks;
    private final SandboxEventPublisher events = new SandboxEventPublisher();

    /**
     * @param connections the database the platform stand-ins (scheduler, cluster locks) share with other nodes
     * @param nodeId      this node's name in that database
     * @param mailFolder  where Jira's mail queue writes each e-mail as an .eml file
     */
    public SandboxHost(PluginDescriptor descriptor, ExportedIssues issues, ActiveObjects activeObjects,
                       Supplier<String> baseUrl, ClassLoader loader, Connections connections, String nodeId,
                       java.time.Clock clock, java.nio.file.Path mailFolder) {
        this.templateRenderer = new SandboxTemplateRenderer(new SandboxI18n(descriptor.i18nBundle(), loader),
                new VelocityAllowlist.Rules(descriptor.key(), java.util.Set.copyOf(descriptor.velocityAllowlist())));
        services.put(ActiveObjects.class, activeObjects);
        services.put(TransactionTemplate.class, new SandboxTransactionTemplate(activeObjects));
        services.put(UserManager.class, new SandboxUserManager(users));
        services.put(UserSearchService.class, new SandboxUserSearchService(users));
        services.put(ApplicationProperties.class, new SandboxApplicationProperties(baseUrl));
        services.put(LoginUriProvider.class, new SandboxLoginUriProvider());
        services.put(JiraAuthenticationContext.class, new SandboxAuthenticationContext(users));
        SandboxPermissionManager permissions = new SandboxPermissionManager(issues);
        services.put(PermissionManager.class, permissions);
        services.put(IssueManager.class, new SandboxIssueManager(issues));
        services.put(IssueLinkManager.class, new SandboxIssueLinkManager(issues));
        SandboxProjectManager projects = new SandboxProjectManager(issues);
        services.put(ProjectManager.class, projects);
        services.put(CustomFieldManager.class, new SandboxCustomFieldManager(issues));
        services.put(com.atlassian.jira.config.StatusManager.class, new SandboxStatusManager(issues));
        // Jira Software's boards (issue 14): found by the app through ComponentAccessor, as in Jira.
        io.lodestar.sandbox.host.software.SandboxBoards boards = io.lodestar.sandbox.host.software.SandboxBoards.of(
                issues.snapshots(), issues.projects().stream().collect(java.util.stream.Collectors.toMap(
                        SandboxProject::getKey, SandboxProject::getName, (a, b) -> a)));
        io.lodestar.sandbox.host.software.SandboxJiraSoftware.install(boards, projects, permissions);
        services.put(SearchService.class, new SandboxSearchService(issues, permissions, boards));
        services.put(ChangeHistoryManager.class, new SandboxChangeHistoryManager());
        services.put(TemplateRenderer.class, templateRenderer);
        services.put(PageBuilderService.class, pageBuilder);
        // KPI measurement in the background (issue 14): the cluster's scheduler, its locks, events, Jira's users.
        this.scheduler = new SandboxSchedulerService(connections, nodeId, clock);
        services.put(SchedulerService.class, scheduler);
        this.clusterLocks = new SandboxClusterLockService(connections, nodeId, clock);
        services.put(ClusterLockService.class, clusterLocks);
        services.put(EventPublisher.class, events);
        services.put(com.atlassian.jira.user.util.UserManager.class, new SandboxJiraUserManager(users));
        // KPI alert mails (issue 14): Jira's mail queue, written to a folder the user can open.
        services.put(com.atlassian.mail.queue.MailQueue.class,
                new io.lodestar.sandbox.host.platform.SandboxMailQueue(mailFolder, clock));
    }

    /** The scheduler, which the server starts ticking once the app is up and stops before it goes down. */
    public SandboxSchedulerService scheduler() {
        return scheduler;
    }

    /** The cluster locks, whose node heartbeat the server starts and stops. */
    public SandboxClusterLockService clusterLocks() {
        return clusterLocks;
    }

    /** Where the sandbox (and its tests) publish Jira events such as issue changes. */
    public SandboxEventPublisher events() {
        return events;
    }

    public Map<Class<?>, Object> services() {
        return Map.copyOf(services);
    }

    public SandboxUsers users() {
        return users;
    }

    public SandboxPageBuilderService pageBuilder() {
        return pageBuilder;
    }

    public SandboxTemplateRenderer templateRenderer() {
        return templateRenderer;
    }
}
