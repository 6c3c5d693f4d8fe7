package io.lodestar.sandbox.host;

import static org.junit.Assert.assertEquals;

import java.util.Map;
import org.junit.Test;

public class SandboxTemplateRendererTest {

    private final SandboxTemplateRenderer renderer = new SandboxTemplateRenderer(
            new SandboxI18n("io.lodestar.jira.i18n", getClass().getClassLoader()));

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
        assertEquals("no.such.key", renderer.renderFragment("$i18n.getText(\"no.such.key\")", Map.of()));
    }
}
