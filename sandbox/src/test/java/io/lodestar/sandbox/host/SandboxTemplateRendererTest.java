package io.lodestar.sandbox.host;

import static org.junit.Assert.assertEquals;

import java.util.Map;
import org.junit.Test;

public class SandboxTemplateRendererTest {

    private final SandboxTemplateRenderer renderer = new SandboxTemplateRenderer(
            new SandboxI18n("io.lodestar.jira.i18n", getClass().getClassLoader()),
            new VelocityAllowlist.Rules("io.lodestar.sandbox.host", java.util.Set.of(
                    "io.lodestar.sandbox.host.SandboxTemplateRendererTest$View#getListed()",
                    "io.lodestar.sandbox.host.SandboxTemplateRendererTest$View#greet(java.lang.String)")));

    /** A view model of "the app" (the package the allowlist governs in this test). */
    public static final class View {
        public String getListed() {
            return "listed";
        }

        public String getUnlisted() {
            return "secret";
        }

        public String greet(String name) {
            return "hello " + name;
        }
    }

    @Test
    public void shouldCallAViewMethodWhenTheAllowlistListsIt() {
        assertEquals("listed hello bob", renderer.renderFragment("$view.listed $view.greet(\"bob\")", Map.of("view", new View())));
    }

    @Test
    public void shouldBlockAViewMethodWhenTheAllowlistDoesNotListIt() {
        assertEquals("$view.unlisted $view.getUnlisted()",
                renderer.renderFragment("$view.unlisted $view.getUnlisted()", Map.of("view", new View())));
    }

    @Test
    public void shouldEscapeEveryValueWhenRendering() {
        String html = renderer.renderFragment("<p title=\"$title\">$title</p>",
                Map.of("title", "<script>alert('x')</script> & \"quoted\""));

        assertEquals("<p title=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;\">"
                + "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;</p>", html);
    }

    @Test
    public void shouldKeepMarkupWhenTheReferenceNameEndsInHtml() {
        assertEquals("<div><b>bold</b></div>", renderer.renderFragment("<div>$bodyHtml</div>", Map.of("bodyHtml", "<b>bold</b>")));
    }

    @Test
    public void shouldShowTheKeyWhenAnI18nKeyIsMissing() {
        SandboxTemplateRenderer host = new SandboxTemplateRenderer(
                new SandboxI18n("io.lodestar.jira.i18n", getClass().getClassLoader()),
                new VelocityAllowlist.Rules("io.lodestar.jira", java.util.Set.of()));

        assertEquals("no.such.key", host.renderFragment("$i18n.getText(\"no.such.key\")", Map.of()));
    }
}
