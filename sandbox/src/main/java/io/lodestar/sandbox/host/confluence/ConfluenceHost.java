package io.lodestar.sandbox.host.confluence;

import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.cache.CacheManager;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.lodestar.sandbox.host.SandboxI18n;
import io.lodestar.sandbox.host.SandboxTemplateRenderer;
import io.lodestar.sandbox.host.SandboxUserManager;
import io.lodestar.sandbox.host.SandboxUsers;
import io.lodestar.sandbox.host.VelocityAllowlist;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The sandbox's Confluence: the host services the Confluence app imports (its {@code host-components.xml}), the
 * app itself ({@link ConfluencePlugin}) and the Jira side of the link. Built once per sandbox start; the link's
 * secret is new each time and never leaves the JVM.
 */
public final class ConfluenceHost implements AutoCloseable {
    public static final String PATH = "/confluence";
    public static final String DEMO_PAGE = PATH + "/display/LODESTAR/Quarterly+OKRs";
    static final String AUTHORISE_PATH = PATH + "/plugins/servlet/applinks/oauth/login-dance/authorize";

    private final SandboxApplicationLinks links;
    private final SandboxCacheManager caches;
    private final LinkedApplicationFilter jiraSide;
    private final ConfluencePlugin plugin;
    private final SandboxUsers users;

    private ConfluenceHost(SandboxApplicationLinks links, SandboxCacheManager caches, LinkedApplicationFilter jiraSide,
                           ConfluencePlugin plugin, SandboxUsers users) {
        this.users = users;
        this.links = links;
        this.caches = caches;
        this.jiraSide = jiraSide;
        this.plugin = plugin;
    }

    /**
     * @param baseUrl the sandbox's base URL (Jira's and this Confluence's: one server), known once the port is open
     */
    public static ConfluenceHost start(ClassLoader hostLoader, SandboxUsers users, Supplier<String> baseUrl, Clock clock) {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        SandboxApplicationLinks links = new SandboxApplicationLinks(baseUrl, () -> baseUrl.get() + AUTHORISE_PATH, users, secret);
        SandboxCacheManager caches = new SandboxCacheManager(clock);
        ConfluencePlugin plugin = ConfluencePlugin.open(hostLoader);
        // The host's renderer, as Confluence gives each plugin: its i18n bundle, its Velocity allowlist, and
        // templates from its own class loader.
        TemplateRenderer renderer = new PluginTemplateRenderer(new SandboxTemplateRenderer(
                new SandboxI18n(plugin.descriptor().i18nBundle(), plugin.classLoader()),
                new VelocityAllowlist.Rules(ConfluencePlugin.APP_PACKAGE, Set.copyOf(plugin.descriptor().velocityAllowlist()))),
                plugin.classLoader());
        plugin.start(Map.of(
                ApplicationLinkService.class, links,
                CacheManager.class, caches,
                UserManager.class, new SandboxUserManager(users),
                TemplateRenderer.class, renderer));
        return new ConfluenceHost(links, caches, new LinkedApplicationFilter(users, secret), plugin, users);
    }

    public SandboxApplicationLinks links() {
        return links;
    }

    /** Who views the page: the sandbox's signed-in user, shared with its Jira (one server, one sign-in). */
    public SandboxUsers users() {
        return users;
    }

    public SandboxCacheManager caches() {
        return caches;
    }

    public ConfluencePlugin plugin() {
        return plugin;
    }

    /** The filter to put in front of Jira's REST API. */
    public LinkedApplicationFilter jiraSide() {
        return jiraSide;
    }

    @Override
    public void close() {
        plugin.close();
    }
}
