package io.lodestar.sandbox.host.platform;

import io.lodestar.sandbox.demo.DemoExport;
import io.lodestar.sandbox.export.JiraRestExportIssueSource;
import io.lodestar.sandbox.host.ExportDetails;
import io.lodestar.sandbox.host.ExportedIssues;
import io.lodestar.sandbox.host.PluginDescriptor;
import io.lodestar.sandbox.host.SandboxAppContext;
import io.lodestar.sandbox.host.SandboxDatabase;
import io.lodestar.sandbox.host.SandboxHost;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The Jira app twice in one JVM, as two nodes of a cluster on one database, over the demo export of 2026-03-18: each
 * node has its own host (scheduler, lock service, event publisher) and Spring context; they share the database, the
 * issues, the mail folder and the clock. Closed by the test.
 */
final class TwoNodes implements AutoCloseable {

    final Path data;
    final SandboxDatabase database;
    final SandboxHost host1;
    final SandboxHost host2;
    final SandboxAppContext node1;
    final SandboxAppContext node2;

    private TwoNodes(Path data, SandboxDatabase database, SandboxHost host1, SandboxHost host2, SandboxAppContext node1,
                     SandboxAppContext node2) {
        this.data = data;
        this.database = database;
        this.host1 = host1;
        this.host2 = host2;
        this.node1 = node1;
        this.node2 = node2;
    }

    static TwoNodes start(String folderPrefix, Clock clock) throws Exception {
        ClassLoader loader = TwoNodes.class.getClassLoader();
        PluginDescriptor descriptor = PluginDescriptor.load(loader);
        Path data = Files.createTempDirectory(folderPrefix);
        Path export = data.resolve("issues.json");
        new DemoExport(LocalDate.of(2026, 3, 18)).writeTo(export);
        ExportedIssues issues = new ExportedIssues(new JiraRestExportIssueSource(export).readAll().issues(),
                ExportDetails.read(export));
        SandboxDatabase database = SandboxDatabase.open(data, descriptor, loader);
        SandboxHost host1 = new SandboxHost(descriptor, issues, database.activeObjects(), () -> "http://node1", loader,
                database::connection, "node-1", clock, data.resolve("mail"));
        SandboxHost host2 = new SandboxHost(descriptor, issues, database.activeObjects(), () -> "http://node2", loader,
                database::connection, "node-2", clock, data.resolve("mail"));
        return new TwoNodes(data, database, host1, host2, SandboxAppContext.start(host1.services(), loader),
                SandboxAppContext.start(host2.services(), loader));
    }

    @Override
    public void close() {
        node1.close();
        node2.close();
        database.close();
    }
}
