package io.lodestar.sandbox.host;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The {@code $i18n} object the host's template renderer puts in every template context, over the app's i18n
 * bundle (the {@code <resource type="i18n">} of its descriptor). A missing key renders as the key itself, as in
 * Jira, so a forgotten key is visible on the page instead of failing it.
 */
public final class SandboxI18n {

    private final ResourceBundle bundle;

    public SandboxI18n(String bundleName, ClassLoader loader) {
        this.bundle = bundleName == null ? null : ResourceBundle.getBundle(bundleName, Locale.ENGLISH, loader);
    }

    public String getText(String key) {
        if (bundle == null || key == null) {
            return key;
        }
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public String getText(String key, Object... arguments) {
        String pattern = getText(key);
        return arguments == null || arguments.length == 0 ? pattern
                : new MessageFormat(pattern, Locale.ENGLISH).format(arguments);
    }
}
