package io.lodestar.sandbox.server;

import com.atlassian.jira.security.PermissionManager;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;
import io.lodestar.core.kpi.IssueHistorySource;
import io.lodestar.core.kpi.KpiCalculators;
import io.lodestar.core.kpi.KpiStore;
import io.lodestar.core.okr.OkrStore;
import io.lodestar.sandbox.demo.DemoKpis;
import io.lodestar.sandbox.demo.DemoExport;
import io.lodestar.sandbox.demo.DemoOkrs;
import io.lodestar.sandbox.export.ExportFields;
import io.lodestar.sandbox.export.JiraExport;
import io.lodestar.sandbox.export.JiraRestExportIssueSource;
import io.lodestar.sandbox.host.ExportDetails;
import io.lodestar.sandbox.host.ExportedIssues;
import io.lodestar.sandbox.host.PluginDescriptor;
import io.lodestar.sandbox.host.SandboxAppContext;
import io.lodestar.sandbox.host.SandboxDatabase;
import io.lodestar.sandbox.host.SandboxHost;
import io.lodestar.sandbox.host.SandboxI18n;
import io.lodestar.sandbox.host.SandboxUsers;
import io.lodestar.sandbox.host.jira.IssueViewServlet;
// dashboard items (issue 12)
import io.lodestar.sandbox.host.jira.DashboardItems;
import io.lodestar.sandbox.host.jira.DashboardPreferences;
import io.lodestar.sandbox.host.jira.DashboardServlet;
import io.lodestar.sandbox.host.jira.WebPanels;
// Confluence macros (issue 13)
import io.lodestar.sandbox.host.confluence.ConfluenceHost;
import io.lodestar.sandbox.host.confluence.ConfluencePageServlet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import javax.servlet.DispatcherType;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.ext.Provider;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.session.SessionHandler;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * The embedded host: the Jira app's own servlet, REST resources, templates and scripts on Jetty and Jersey, its
 * Active Objects on H2 in the data folder, and issue data from a Jira REST export (by default a generated demo
 * export, read through the same reader). Everything the app declares is taken from its descriptor and Spring XML;
 * the sandbox adds only host services, sign-in and the decorator.
 *
 * <p>Start order: read the issues, open the database, build the app's Spring context over the host services, seed
 * the demo OKRs into an empty database, then open the port. {@link #close} undoes it in reverse.
 */
public final class SandboxServer implements AutoCloseable {

    public static final String DEMO_FILE = "demo-issues.json";
    /**
     * Jersey warns that each resource registered as an instance "does not implement any provider interfaces",
     * which is true and harmless (it is registered as a resource); kept here so the logger's level sticks.
     */
    private static final java.util.logging.Logger JERSEY_PROVIDERS = quiet("org.glassfish.jersey.internal.inject.Providers");
    static final String SERVLET_ROOT = "/plugins/servlet";
    static final String OKR_PAGE_SERVLET = "okr-page-servlet";

    private final Server jetty;
    private final SandboxAppContext app;
    private final SandboxDatabase database;
    private final String pagePath;
    private final int issueCount;
    private final String fieldsNote;
    private final ConfluenceHost confluence;
    private final String sampleIssue;

    /** How often the sandbox's scheduler looks for due jobs (the KPI measurement job, Measure now runs). */
    static final long SCHEDULER_TICK_MILLIS = 1000;

    private io.lodestar.sandbox.host.platform.SandboxSchedulerService scheduler;
    private io.lodestar.sandbox.host.platform.SandboxClusterLockService clusterLocks;

    private SandboxServer(Server jetty, SandboxAppContext app, SandboxDatabase database, String pagePath, int issueCount,
                          String fieldsNote, ConfluenceHost confluence, String sampleIssue) {
        this.fieldsNote = fieldsNote;
        this.jetty = jetty;
        this.app = app;
        this.database = database;
        this.pagePath = pagePath;
        this.issueCount = issueCount;
        this.confluence = confluence;
        this.sampleIssue = sampleIssue;
    }

    /** Settings of one start. {@code issues} null means the demo data set; {@code port} 0 picks a free port. */
    public record Settings(int port, Path issues, Path dataDir, Clock clock, ExportFields.Chosen fields,
                           Cluster cluster) {

        public Settings(int port, Path issues, Path dataDir, Clock clock) {
            this(port, issues, dataDir, clock, ExportFields.Chosen.NONE);
        }

        public Settings(int port, Path issues, Path dataDir, Clock clock, ExportFields.Chosen fields) {
            this(port, issues, dataDir, clock, fields, Cluster.ALONE);
        }
    }

    /**
     * Where the node runs (issue 14): {@code database} null is the embedded H2 of the data folder, else the shared
     * PostgreSQL of a cluster; {@code nodeId} names this node in the scheduler's claims, the cluster locks and the page
     * footer; {@code jobIntervalMillis} positive runs the scheduled jobs at least that often (0: as scheduled).
     */
    public record Cluster(SandboxDatabase.Remote database, String nodeId, long jobIntervalMillis) {
        public static final Cluster ALONE = new Cluster(null, "sandbox", 0);
    }

    public static SandboxServer start(Settings settings) throws Exception {
        ClassLoader loader = SandboxServer.class.getClassLoader();
        PluginDescriptor descriptor = PluginDescriptor.load(loader);
        boolean demo = settings.issues() == null;
        Path issuesFile = demo ? demoExport(settings.dataDir(), settings.clock()) : settings.issues();
        // the same decision of fields as lodestar kpi: the ids given, else by name, schema type or content
        JiraExport.WithIssues export = new JiraRestExportIssueSource(issuesFile, settings.fields()).readAll();
        ExportedIssues issues = new ExportedIssues(export.issues(), ExportDetails.read(issuesFile));

        SandboxDatabase database = SandboxDatabase.open(settings.dataDir(), settings.cluster().database(), descriptor,
                loader);
        Server jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost("127.0.0.1");
        connector.setPort(settings.port());
        jetty.addConnector(connector);
        String[] baseUrl = {"http://localhost:" + settings.port()};
        SandboxHost host = new SandboxHost(descriptor, issues, database.activeObjects(), () -> baseUrl[0], loader,
                database::connection, settings.cluster().nodeId(), settings.clock(), settings.dataDir().resolve("mail"));
        host.scheduler().capIntervals(settings.cluster().jobIntervalMillis());
        SandboxAppContext app;
        try {
            app = SandboxAppContext.start(host.services(), loader);
            DemoOkrs starter = new DemoOkrs(app.bean(OkrStore.class), issues, settings.clock());
            if (demo) {
                // KPIs are measured from the issues alice may browse, as when she refreshes them on the page.
                host.users().bind(SandboxUsers.ALICE);
                try {
                    starter.seedIfEmpty(() -> new DemoKpis(app.bean(KpiStore.class), app.bean(IssueHistorySource.class),
                            app.bean(KpiCalculators.class), settings.clock()).seed(SandboxUsers.ALICE.name()));
                } finally {
                    host.users().unbind();
                }
            } else {
                starter.seedCycleIfEmpty();
            }
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        String pagePath = pagePath(descriptor);
        WebPanels panels;
        try {
            panels = new WebPanels(descriptor, app, host.templateRenderer(), new SandboxI18n(descriptor.i18nBundle(), loader),
                    host.users());
        } catch (RuntimeException e) {
            app.close();
            database.close();
            throw e;
        }
        IssueViewServlet issueView = new IssueViewServlet(issues, (PermissionManager) host.services().get(PermissionManager.class),
                host.users(), panels, host.templateRenderer());
        // dashboard items (issue 12): the sandbox's Jira dashboard
        DashboardServlet dashboard = new DashboardServlet(DashboardItems.load(loader), new DashboardPreferences(database),
                host.users(), host.pageBuilder(), host.templateRenderer(), new SandboxI18n(descriptor.i18nBundle(), loader));
        // Confluence macros (issue 13): the sandbox's Confluence, whose link reads this server's Jira REST over HTTP
        ConfluenceHost confluence;
        try {
            confluence = ConfluenceHost.start(loader, host.users(), () -> baseUrl[0], settings.clock());
        } catch (RuntimeException e) {
            app.close();
            database.close();
            throw e;
        }
        ServletContextHandler context = context(descriptor, host, app, loader, pagePath, issueView, dashboard, confluence,
                settings.cluster().nodeId());
        jetty.setHandler(context);
        jetty.setErrorHandler(new RestErrors.Handler());
        jetty.setStopAtShutdown(false);
        try {
            jetty.start();
        } catch (Exception e) {
            confluence.close();
            app.close();
            database.close();
            throw e;
        }
        baseUrl[0] = "http://localhost:" + connector.getLocalPort();
        String sampleIssue = issues.byKey("ATLAS-7").map(issue -> issue.getKey())
                .orElse(issues.snapshots().isEmpty() ? null : issues.snapshots().get(0).key());
        SandboxServer server = new SandboxServer(jetty, app, database, pagePath, issues.size(),
                export.export().fields().note(), confluence, sampleIssue);
        server.scheduler = host.scheduler();
        server.clusterLocks = host.clusterLocks();
        host.clusterLocks().startHeartbeat(io.lodestar.sandbox.host.platform.SandboxClusterLockService.HEARTBEAT_MILLIS);
        host.scheduler().start(SCHEDULER_TICK_MILLIS);
        return server;
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    /** Writes the demo export into the data folder the first time, so its issues stay put across restarts. */
    static Path demoExport(Path dataDir, Clock clock) {
        Path file = dataDir.resolve(DEMO_FILE);
        if (!Files.exists(file)) {
            try {
                new DemoExport(LocalDate.now(clock)).writeTo(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the demo data to " + file, e);
            }
        }
        return file;
    }

    private static ServletContextHandler context(PluginDescriptor descriptor, SandboxHost host, SandboxAppContext app,
                                                 ClassLoader loader, String pagePath, IssueViewServlet issueView,
                                                 DashboardServlet dashboard, ConfluenceHost confluence, String nodeId) {
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath("/");
        SessionHandler sessions = context.getSessionHandler();
        sessions.setHttpOnly(true);
        sessions.setSameSite(HttpCookie.SameSite.LAX);
        sessions.setSessionCookie("JSESSIONID");
        EnumSet<DispatcherType> requests = EnumSet.of(DispatcherType.REQUEST);
        SandboxUsers users = host.users();
        context.addFilter(new FilterHolder(new SessionUserFilter(users, SandboxUsers.ALICE)), "/*", requests);
        // Confluence macros (issue 13): requests over the Confluence link run as the user they name
        context.addFilter(new FilterHolder(confluence.jiraSide()), RestErrors.REST_PREFIX + "*", requests);

        WebResources webResources = new WebResources(descriptor);
        FilterHolder decorator = new FilterHolder(new DecoratorFilter(host.templateRenderer(), host.pageBuilder(), webResources,
                users, TopNavigation.menus(descriptor), nodeId));
        context.addFilter(decorator, SERVLET_ROOT + "/*", requests);
        context.addFilter(decorator, IssueViewServlet.PATH + "/*", requests);
        context.addServlet(new ServletHolder("issue-view", issueView), IssueViewServlet.PATH + "/*");
        // dashboard items (issue 12)
        context.addFilter(decorator, DashboardServlet.PATH, requests);
        ServletHolder dashboardHolder = new ServletHolder("dashboard", dashboard);
        context.addServlet(dashboardHolder, DashboardServlet.PATH);
        context.addServlet(dashboardHolder, DashboardServlet.PREFERENCES_PATH);
        // Confluence macros (issue 13): the sandbox's Confluence pages
        context.addFilter(decorator, ConfluenceHost.PATH + "/*", requests);
        context.addServlet(new ServletHolder("confluence", new ConfluencePageServlet(confluence, host.templateRenderer(), users)),
                ConfluenceHost.PATH + "/*");
        // the Confluence app's own servlets (the macro browser's choices), under Confluence's /plugins/servlet
        confluence.plugin().servlets().forEach((pattern, servlet) -> context.addServlet(
                new ServletHolder("confluence" + pattern.replace('/', '-'), servlet), ConfluenceHost.SERVLET_ROOT + pattern));
        for (PluginDescriptor.Servlet servlet : descriptor.servlets()) {
            HttpServlet instance = (HttpServlet) app.create(app.moduleClass(servlet.className()));
            ServletHolder holder = new ServletHolder(servlet.key(), instance);
            for (String pattern : servlet.urlPatterns()) {
                context.addServlet(holder, SERVLET_ROOT + pattern);
            }
        }
        context.addFilter(new FilterHolder(new RestErrors.BodyFilter()), RestErrors.REST_PREFIX + "*", requests);
        context.setErrorHandler(new RestErrors.Handler());
        descriptor.rest().ifPresent(rest -> context.addServlet(
                new ServletHolder("rest", new ServletContainer(restConfig(descriptor, rest, app, users))),
                rest.basePath() + "/*"));
        context.addServlet(new ServletHolder("download", new DownloadServlet(webResources,
                new SandboxI18n(descriptor.i18nBundle(), loader), loader)), WebResources.DOWNLOAD_PATH + "*");
        context.addServlet(new ServletHolder("login", new LoginServlet(users, host.templateRenderer(), pagePath)),
                "/sandbox/login");
        context.addServlet(new ServletHolder("home", new Home(pagePath)), "/");
        return context;
    }

    /**
     * The REST module as Jira's REST v2 plugin hosts it: every {@code @Path} resource and {@code @Provider} in
     * the module's packages (the descriptor's {@code <package>} elements, or else the plugin key's package),
     * created with their constructor dependencies from the app's context, plus Jackson 2 and what Jira's REST
     * plugin does in front of them: the XSRF check and sign-in.
     */
    private static ResourceConfig restConfig(PluginDescriptor descriptor, PluginDescriptor.Rest rest,
                                             SandboxAppContext app, SandboxUsers users) {
        ResourceConfig config = new ResourceConfig();
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        config.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
        config.register(JacksonJsonProvider.class);
        config.register(new RestXsrfCheck());
        config.register(new RestAuthentication(users));
        for (Class<?> type : restClasses(descriptor, rest)) {
            config.register(app.create(type));
        }
        return config;
    }

    static List<Class<?>> restClasses(PluginDescriptor descriptor, PluginDescriptor.Rest rest) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(javax.ws.rs.Path.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Provider.class));
        List<String> packages = rest.packages().isEmpty() ? List.of(descriptor.key()) : rest.packages();
        List<Class<?>> classes = new ArrayList<>();
        for (String pkg : packages) {
            for (BeanDefinition candidate : scanner.findCandidateComponents(pkg)) {
                try {
                    classes.add(Class.forName(candidate.getBeanClassName(), true, SandboxServer.class.getClassLoader()));
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException("cannot load REST class " + candidate.getBeanClassName(), e);
                }
            }
        }
        classes.sort(java.util.Comparator.comparing(Class::getName));
        return classes;
    }

    /**
     * The OKR page: the first URL pattern of the descriptor's {@value #OKR_PAGE_SERVLET} servlet (else of its first
     * servlet), under /plugins/servlet. The issue panel's servlet comes first in the descriptor's fixed order.
     */
    private static String pagePath(PluginDescriptor descriptor) {
        return descriptor.servlets().stream()
                .sorted(java.util.Comparator.comparing(servlet -> !OKR_PAGE_SERVLET.equals(servlet.key())))
                .flatMap(servlet -> servlet.urlPatterns().stream()).findFirst()
                .map(pattern -> SERVLET_ROOT + pattern.replaceAll("/?\\*$", ""))
                .orElse("/rest");
    }

    public int port() {
        return ((ServerConnector) jetty.getConnectors()[0]).getLocalPort();
    }

    /** The URL of the OKR page. */
    public String pageUrl() {
        return "http://localhost:" + port() + pagePath;
    }

    public String baseUrl() {
        return "http://localhost:" + port();
    }

    /** What the sandbox serves, one address each: the OKR page, the KPI page, the dashboard, an issue, the Confluence page. */
    public List<String> addresses() {
        List<String> addresses = new ArrayList<>();
        addresses.add(pageUrl());
        addresses.add(baseUrl() + SERVLET_ROOT + "/lodestar/kpis");
        addresses.add(baseUrl() + DashboardServlet.PATH);
        if (sampleIssue != null) {
            addresses.add(baseUrl() + IssueViewServlet.PATH + "/" + sampleIssue);
        }
        addresses.add(baseUrl() + ConfluenceHost.DEMO_PAGE);
        return addresses;
    }

    /** The sandbox's Confluence (its link, cache and the Confluence app), for tests. */
    public ConfluenceHost confluence() {
        return confluence;
    }

    public int issueCount() {
        return issueCount;
    }

    /** Which export fields are story points, sprints and epic link, and how each was found ("fields: ..."). */
    public String fieldsNote() {
        return fieldsNote;
    }

    /** Stops the scheduler, Jetty, then the app's context, then the database. */
    @Override
    public void close() {
        try {
            if (scheduler != null) {
                scheduler.close();
            }
            if (clusterLocks != null) {
                clusterLocks.close();
            }
            jetty.stop();
        } catch (Exception e) {
            // Stopping is best effort; the contexts and database below must still close.
        } finally {
            try {
                confluence.close();
                app.close();
            } finally {
                database.close();
            }
        }
    }

    /** {@code /}: the OKR page; {@code /favicon.ico}: nothing, rather than a 404 in every browser console. */
    private static final class Home extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final String pagePath;

        Home(String pagePath) {
            this.pagePath = pagePath;
        }

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            if (request.getRequestURI().equals("/") || request.getRequestURI().isEmpty()) {
                response.sendRedirect(pagePath);
            } else if (request.getRequestURI().equals("/favicon.ico")) {
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        }
    }
}
