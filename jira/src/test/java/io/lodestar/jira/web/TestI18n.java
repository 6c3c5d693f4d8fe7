package io.lodestar.jira.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Properties;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Stands in for the host's {@code $i18n} (SAL's I18nResolver) in template tests: it answers from the app's real
 * i18n properties file and fails on a key that file lacks. A decorator wraps each answer, so a test can tell text
 * that came from i18n from text written into the template.
 */
public final class TestI18n {
    static final String PROPERTIES = "io/lodestar/jira/i18n.properties";

    private final Properties texts;
    private final UnaryOperator<String> decorate;
    private final Set<String> used = new LinkedHashSet<>();

    private TestI18n(Properties texts, UnaryOperator<String> decorate) {
        this.texts = texts;
        this.decorate = decorate;
    }

    public static TestI18n fromAppProperties() {
        return new TestI18n(appProperties(), UnaryOperator.identity());
    }

    /** Answers "[[" + text + "]]" so tests can strip everything that came from i18n. */
    public static TestI18n marking() {
        return new TestI18n(appProperties(), text -> "[[" + text + "]]");
    }

    static Properties appProperties() {
        Properties properties = new Properties();
        try (InputStream in = TestI18n.class.getClassLoader().getResourceAsStream(PROPERTIES)) {
            if (in == null) {
                throw new AssertionError("missing " + PROPERTIES);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return properties;
    }

    /** The only method templates call on {@code $i18n}; the host allowlists I18nResolver#getText(String) itself. */
    public String getText(String key) {
        String text = texts.getProperty(key);
        if (text == null) {
            throw new IllegalArgumentException("i18n key not defined in " + PROPERTIES + ": " + key);
        }
        used.add(key);
        return decorate.apply(text);
    }

    Set<String> usedKeys() {
        return used;
    }
}
