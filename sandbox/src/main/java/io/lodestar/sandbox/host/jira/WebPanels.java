package io.lodestar.sandbox.host.jira;

import com.atlassian.plugin.web.Condition;
import com.atlassian.plugin.web.ContextProvider;
import io.lodestar.sandbox.host.PluginDescriptor;
import io.lodestar.sandbox.host.SandboxAppContext;
import io.lodestar.sandbox.host.SandboxI18n;
import io.lodestar.sandbox.host.SandboxTemplateRenderer;
import io.lodestar.sandbox.host.SandboxUsers;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The web-panels of the app's descriptor, as Jira's web interface manager shows them: at a location, by weight,
 * each whose conditions all hold gets its context provider's map (built by the plugin framework from the app's
 * beans) and has its velocity view rendered with it by the host's template renderer. Conditions and providers are
 * resolved once, when the sandbox starts, so an unknown condition class or a missing provider stops the start.
 */
public final class WebPanels {

    private final List<Panel> panels;
    private final SandboxTemplateRenderer renderer;
    private final SandboxI18n i18n;

    /** A panel as the page shows it: its heading (the label's text) and its HTML. */
    public record Rendered(String key, String label, String html) {

        /** For the page's template, which reads maps only. */
        public Map<String, Object> toMap() {
            Map<String, Object> map = new HashMap<>();
            map.put("key", key);
            map.put("label", label);
            map.put("bodyHtml", html);
            return map;
        }
    }

    private record Panel(PluginDescriptor.WebPanel declared, List<PluginDescriptor.Condition> conditionDeclarations,
                         List<Condition> conditions, ContextProvider provider) {
    }

    public WebPanels(PluginDescriptor descriptor, SandboxAppContext app, SandboxTemplateRenderer renderer, SandboxI18n i18n,
                     SandboxUsers users) {
        this.renderer = renderer;
        this.i18n = i18n;
        List<Panel> built = new ArrayList<>();
        for (PluginDescriptor.WebPanel panel : descriptor.webPanels()) {
            List<Condition> conditions = new ArrayList<>();
            for (PluginDescriptor.Condition condition : panel.conditions()) {
                Condition created = JiraConditions.of(condition.className(), users);
                created.init(Map.of());
                conditions.add(created);
            }
            ContextProvider provider = null;
            if (panel.contextProvider() != null) {
                Object created = app.create(app.moduleClass(panel.contextProvider()));
                if (!(created instanceof ContextProvider contextProvider)) {
                    throw new IllegalStateException("web-panel " + panel.key() + ": " + panel.contextProvider()
                            + " is not a " + ContextProvider.class.getName());
                }
                provider = contextProvider;
                provider.init(Map.of());
            }
            if (!renderer.resolve(panel.view())) {
                throw new IllegalStateException("web-panel " + panel.key() + ": no template " + panel.view());
            }
            built.add(new Panel(panel, panel.conditions(), conditions, provider));
        }
        built.sort(java.util.Comparator.comparingInt(panel -> panel.declared().weight()));
        this.panels = List.copyOf(built);
    }

    /** The keys of the panels declared for a location, by weight. */
    public List<String> keysAt(String location) {
        return panels.stream().filter(p -> p.declared().location().equals(location)).map(p -> p.declared().key()).toList();
    }

    /** Each panel shown at {@code location} for this page context, by weight; blank renderings left out. */
    public List<Rendered> render(String location, Map<String, Object> pageContext) {
        List<Rendered> html = new ArrayList<>();
        for (Panel panel : panels) {
            if (!panel.declared().location().equals(location) || !shown(panel, pageContext)) {
                continue;
            }
            Map<String, Object> context = panel.provider() == null ? new HashMap<>(pageContext)
                    : panel.provider().getContextMap(new HashMap<>(pageContext));
            StringWriter out = new StringWriter();
            try {
                renderer.render(panel.declared().view(), context, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (!out.toString().isBlank()) {
                String label = panel.declared().labelKey() == null ? null : i18n.getText(panel.declared().labelKey());
                html.add(new Rendered(panel.declared().key(), label, out.toString()));
            }
        }
        return html;
    }

    private static boolean shown(Panel panel, Map<String, Object> context) {
        for (int i = 0; i < panel.conditions().size(); i++) {
            boolean holds = panel.conditions().get(i).shouldDisplay(context);
            if (holds == panel.conditionDeclarations().get(i).invert()) {
                return false;
            }
        }
        return true;
    }
}
