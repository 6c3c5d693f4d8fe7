package io.lodestar.confluence.macro;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.atlassian.applinks.api.application.jira.JiraApplicationType;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.lodestar.confluence.applinks.AppLinksJiraConnection;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class OkrStatusMacroTest {
    private static final String I18N = "io.lodestar.confluence.i18n";
    private final TemplateRenderer velocity = new VelocityTemplateRenderer(I18N);

    private static String render(FakeApplicationLinks links, TemplateRenderer renderer) throws MacroExecutionException {
        return new OkrStatusMacro(new AppLinksJiraConnection(links), renderer).execute(Map.of(), null, null);
    }

    @Test
    public void shouldShowNotConnectedBoxWhenNoJiraLinkExists() throws Exception {
        String html = render(FakeApplicationLinks.none(), velocity);

        assertTrue(html, html.contains("data-lodestar-connected=\"false\""));
        assertTrue(html, html.contains("aui-message-warning"));
        assertTrue(html, html.contains("Not connected to Jira"));
        assertTrue(html, html.contains("No Jira application link is configured"));
        assertFalse(html, html.contains("<a "));
    }

    @Test
    public void shouldShowLinkedJiraNameAndUrlWhenPrimaryJiraLinkExists() throws Exception {
        String html = render(FakeApplicationLinks.withPrimary(JiraApplicationType.class, "Acme Jira", "https://jira.acme.test/"), velocity);

        assertTrue(html, html.contains("data-lodestar-connected=\"true\""));
        assertTrue(html, html.contains("Connected to Jira"));
        assertTrue(html, html.contains("<a href=\"https://jira.acme.test/\">Acme Jira</a>"));
        assertFalse(html, html.contains("Not connected"));
    }

    @Test
    public void shouldEscapeTheLinkNameWhenItContainsMarkup() throws Exception {
        String html = render(FakeApplicationLinks.withPrimary(JiraApplicationType.class, "<b>Jira</b> & co", "https://jira.acme.test/"), velocity);

        assertTrue(html, html.contains(">&lt;b&gt;Jira&lt;/b&gt; &amp; co</a>"));
    }

    @Test
    public void shouldAskApplicationLinksForTheJiraTypeWhenRendering() throws Exception {
        FakeApplicationLinks links = FakeApplicationLinks.none();

        render(links, velocity);

        assertEquals(List.of(JiraApplicationType.class), links.askedTypes());
    }

    @Test
    public void shouldRaiseMacroExecutionExceptionWhenTheTemplateCannotBeRendered() {
        TemplateRenderer broken = new TemplateRenderer() {
            @Override
            public void render(String templateName, Writer writer) {
                throw new RenderingException("template missing");
            }

            @Override
            public void render(String templateName, Map<String, Object> context, Writer writer) {
                throw new RenderingException("template " + templateName + " missing");
            }

            @Override
            public String renderFragment(String fragment, Map<String, Object> context) {
                throw new RenderingException("template missing");
            }

            @Override
            public boolean resolve(String templateName) {
                return false;
            }
        };
        try {
            render(FakeApplicationLinks.none(), broken);
            fail("a renderer failure must surface as MacroExecutionException");
        } catch (MacroExecutionException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("template templates/okr-status.vm missing"));
        }
    }

    @Test
    public void shouldTakeNoBodyAndRenderAsBlockWhenPlacedOnAPage() {
        Macro macro = new OkrStatusMacro(new AppLinksJiraConnection(FakeApplicationLinks.none()), velocity);

        assertEquals(Macro.BodyType.NONE, macro.getBodyType());
        assertEquals(Macro.OutputType.BLOCK, macro.getOutputType());
    }
}
