package io.lodestar.sandbox.server;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.Test;

public class SandboxCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return SandboxCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    public void shouldExitWith2WhenAnOptionIsUnknown() {
        assertEquals(2, run("--colour", "red"));
        assertThat(errors(), containsString("--colour: unknown option"));
        assertThat(errors(), containsString("usage: lodestar sandbox"));
    }

    @Test
    public void shouldExitWith2WhenThePortIsNotANumber() {
        assertEquals(2, run("--port", "http"));
        assertThat(errors(), containsString("--port: must be a number from 0 to 65535, not 'http'"));
    }

    @Test
    public void shouldExitWith2WhenAnOptionHasNoValue() {
        assertEquals(2, run("--data"));
        assertThat(errors(), containsString("--data: needs a value"));
    }

    @Test
    public void shouldExitWith2WhenTheIssuesFileDoesNotExist() {
        assertEquals(2, run("--issues", "no-such-export.json"));
        assertThat(errors(), containsString("--issues: no such file: no-such-export.json"));
    }

    @Test
    public void shouldExitWith2WhenTheIssuesFileIsNotAnExport() throws Exception {
        Path notJson = Files.createTempFile("not-an-export", ".json");
        Files.writeString(notJson, "this is not json");
        Path data = Files.createTempDirectory("sandbox-bad-export");

        assertEquals(2, run("--issues", notJson.toString(), "--data", data.toString(), "--port", "0"));
        assertThat(errors(), containsString("is not valid JSON at line 1, column 6"));
    }

    @Test
    public void shouldExitWith1AndSayWhyWhenThePortIsTaken() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            Path data = Files.createTempDirectory("sandbox-port-taken");

            assertEquals(1, run("--port", Integer.toString(taken.getLocalPort()), "--data", data.toString()));
            assertThat(errors(), containsString("cannot start"));
            assertThat(errors(), containsString(Integer.toString(taken.getLocalPort())));
        }
    }

    @Test
    public void shouldExitWith2WhenTheDataFolderIsAFile() throws Exception {
        Path file = Files.createTempFile("not-a-folder", ".txt");

        assertEquals(2, run("--data", file.toString()));
        assertThat(errors(), containsString("--data: not a folder"));
    }

    @Test
    public void shouldParseEveryOptionWhenAllAreGiven() throws Exception {
        Path export = Files.createTempFile("export", ".json");

        SandboxCommand.Options options = SandboxCommand.Options.parse(
                List.of("--port", "8080", "--issues", export.toString(), "--data", "somewhere"));

        assertEquals(8080, options.port());
        assertEquals(export, options.issues());
        assertEquals(Path.of("somewhere"), options.dataDir());
        assertEquals(io.lodestar.sandbox.export.ExportFields.Chosen.NONE, options.fields());
    }

    @Test
    public void shouldTakeTheFieldOptionsOfLodestarKpiWhenAnExportIsGiven() throws Exception {
        Path export = Files.createTempFile("export", ".json");

        SandboxCommand.Options options = SandboxCommand.Options.parse(List.of("--issues", export.toString(),
                "--story-points-field", "customfield_10036", "--sprint-field", " customfield_10020 ",
                "--epic-field", "customfield_10014"));

        assertEquals(new io.lodestar.sandbox.export.ExportFields.Chosen("customfield_10036", "customfield_10020",
                "customfield_10014"), options.fields());
    }

    @Test
    public void shouldRefuseAFieldOptionThatIsNoFieldIdOrHasNoExport() throws Exception {
        Path export = Files.createTempFile("export", ".json");

        assertEquals(SandboxCommand.USAGE_ERROR, run("--issues", export.toString(), "--sprint-field", "Sprint field"));
        assertThat(errors(), containsString("--sprint-field: expects a field id like customfield_10036, got 'Sprint field'"));
        assertEquals(SandboxCommand.USAGE_ERROR, run("--epic-field", "customfield_1"));
        assertThat(errors(), containsString("--issues: the field options name fields of an export"));
    }
}
