package io.lodestar.jira.web;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

/**
 * The app's texts stay one text per name: a key defined twice in the i18n bundle silently keeps the last one (which is
 * how two features' merged texts once disagreed), and a page text named twice in one template gives its scripts
 * whichever the browser reads first.
 */
public class TextBundleTest {

    @Test
    public void shouldDefineEveryI18nKeyOnceWhenTheBundleIsRead() throws IOException {
        Set<String> seen = new HashSet<>();
        Set<String> twice = new TreeSet<>();
        for (String line : read(TestI18n.PROPERTIES).split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || !trimmed.contains("=")) {
                continue;
            }
            String key = trimmed.substring(0, trimmed.indexOf('=')).strip();
            if (!seen.add(key)) {
                twice.add(key);
            }
        }
        assertEquals(new TreeSet<>(), twice);
    }

    @Test
    public void shouldNameEachPageTextOnceInEachTemplate() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String template : List.of("templates/okr-page.vm", "templates/kpi-page.vm")) {
            Set<String> seen = new HashSet<>();
            Matcher names = Pattern.compile("data-text=\"([^\"]+)\"").matcher(read(template));
            while (names.find()) {
                if (!seen.add(names.group(1))) {
                    problems.add(template + ": " + names.group(1));
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private String read(String resource) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no " + resource + " on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
