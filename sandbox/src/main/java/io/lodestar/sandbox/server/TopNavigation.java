package io.lodestar.sandbox.server;

import io.lodestar.sandbox.host.PluginDescriptor;
import java.util.List;

/**
 * The menus of Jira's top navigation bar as the app's descriptor declares them: each web-item of
 * {@code system.top.navigation.bar} is a top link, and the web-sections located at its link id, with their items
 * ({@code section="link-id/section-key"}), make it a drop-down menu, as Jira builds it. Shown to signed-in users
 * only: the app's top items carry Jira's {@code UserLoggedInCondition}, the one condition they use.
 */
public final class TopNavigation {

    static final String TOP_BAR = "system.top.navigation.bar";

    /** A top link: its label key, link, and the sections of its drop-down (empty for a plain link). */
    public record Menu(String key, String labelKey, String link, List<Section> sections) {
    }

    public record Section(String labelKey, List<PluginDescriptor.WebItem> items) {
    }

    private TopNavigation() {
    }

    static List<Menu> menus(PluginDescriptor descriptor) {
        return descriptor.webItems(TOP_BAR).stream()
                .map(top -> new Menu(top.key(), top.labelKey(), top.link(), descriptor.webSections(top.key()).stream()
                        .map(section -> new Section(section.labelKey(),
                                descriptor.webItems(top.key() + "/" + section.key())))
                        .filter(section -> !section.items().isEmpty())
                        .toList()))
                .toList();
    }
}
