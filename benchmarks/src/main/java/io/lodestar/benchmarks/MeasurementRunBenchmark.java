package io.lodestar.benchmarks;

import io.lodestar.core.kpi.Direction;
import io.lodestar.core.kpi.Frequency;
import io.lodestar.core.kpi.Indicator;
import io.lodestar.core.kpi.KpiDataSource;
import io.lodestar.core.kpi.KpiDefinition;
import io.lodestar.core.kpi.KpiFormula;
import io.lodestar.core.kpi.KpiGoal;
import io.lodestar.core.kpi.KpiStore;
import io.lodestar.core.kpi.KpiType;
import io.lodestar.core.kpi.run.KpiMeasuring;
import io.lodestar.core.kpi.run.MeasurementRun;
import io.lodestar.sandbox.demo.SyntheticExport;
import io.lodestar.sandbox.export.JiraRestExportIssueSource;
import io.lodestar.sandbox.host.ExportDetails;
import io.lodestar.sandbox.host.ExportedIssues;
import io.lodestar.sandbox.host.PluginDescriptor;
import io.lodestar.sandbox.host.SandboxAppContext;
import io.lodestar.sandbox.host.SandboxDatabase;
import io.lodestar.sandbox.host.SandboxHost;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One scheduled KPI measurement run over a synthetic project in the sandbox host (issue 14), not JMH: a run is long
 * and measured once. Builds {@code issues} synthetic issues with changelogs ({@link SyntheticExport}, two projects),
 * the app on the sandbox host (embedded H2, or a PostgreSQL given as {@code jdbc:postgresql://... user password}),
 * six daily KPIs (throughput, resolution and lead time of each project; with {@code --every-issue} also on-time
 * delivery, which needs every issue, so nothing is left out of the read), then runs one measurement of them and prints
 * its wall time, the SQL statements Active Objects sent and the calls into host services (every service the app gets
 * from the host is wrapped in a counting proxy), each also per issue, and the heap: used after loading the project
 * (a full GC), the peak of the heap pools during the run (garbage included) and used after it (a full GC).
 *
 * <pre>
 *   mvn -q -pl sandbox,benchmarks -am package -DskipTests
 *   java -Xmx3g -cp sandbox/target/lodestar.jar:benchmarks/target/benchmarks.jar \
 *       io.lodestar.benchmarks.MeasurementRunBenchmark 100000 [--per-year 10000] [--every-issue] \
 *       [jdbc:postgresql://host:port/db user password]
 * </pre>
 * {@code --per-year N}: the project grew at a team's pace of N issues a year ({@link SyntheticExport#steady}), so a larger
 * project is an older one; without it all issues were created in the last year.
 */
public final class MeasurementRunBenchmark {

    private MeasurementRunBenchmark() {
    }

    public static void main(String[] arguments) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of(arguments));
        int perYear = 0;
        boolean everyIssue = args.remove("--every-issue");
        int pace = args.indexOf("--per-year");
        if (pace >= 0) {
            perYear = Integer.parseInt(args.get(pace + 1));
            args.subList(pace, pace + 2).clear();
        }
        int count = args.size() > 0 ? Integer.parseInt(args.get(0)) : 100_000;
        SandboxDatabase.Remote remote = args.size() > 3 ? new SandboxDatabase.Remote(args.get(1), args.get(2), args.get(3))
                : null;
        Path folder = Files.createTempDirectory("measurement-benchmark");
        Path export = folder.resolve("issues.json");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        (perYear > 0 ? SyntheticExport.steady(count, today, perYear) : new SyntheticExport(count, today)).writeTo(export);
        ClassLoader loader = MeasurementRunBenchmark.class.getClassLoader();
        PluginDescriptor descriptor = PluginDescriptor.load(loader);
        ExportedIssues issues = new ExportedIssues(new JiraRestExportIssueSource(export).readAll().issues(),
                ExportDetails.read(export));
        SandboxDatabase database = SandboxDatabase.open(folder, remote, descriptor, loader);
        SandboxHost host = new SandboxHost(descriptor, issues, database.activeObjects(), () -> "http://benchmark",
                loader, database::connection, "benchmark", Clock.systemUTC(), folder.resolve("mail"));
        Map<String, AtomicLong> hostCalls = new TreeMap<>();
        AtomicLong statements = new AtomicLong();
        database.addSqlListener(sql -> statements.incrementAndGet());
        try (SandboxAppContext app = SandboxAppContext.start(counting(host.services(), hostCalls), loader)) {
            KpiStore kpis = app.bean(KpiStore.class);
            for (String project : List.of("ALPHA", "BRAVO")) {
                for (KpiType type : everyIssue ? List.of(KpiType.THROUGHPUT, KpiType.RESOLUTION_TIME, KpiType.LEAD_TIME,
                        KpiType.ON_TIME_DELIVERY) : List.of(KpiType.THROUGHPUT, KpiType.RESOLUTION_TIME, KpiType.LEAD_TIME)) {
                    kpis.save(KpiDefinition.of(type + " " + project, "", KpiFormula.of(type),
                            KpiDataSource.project(project), Frequency.DAILY, ZoneOffset.UTC, "alice",
                            KpiGoal.growing(Direction.HIGHER_IS_BETTER, 3, 1), "", Indicator.LAGGING));
                }
            }
            KpiMeasuring measuring = app.bean(KpiMeasuring.class);
            long loaded = usedAfterGc();
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            statements.set(0);
            hostCalls.clear();
            long start = System.nanoTime();
            MeasurementRun run = measuring.execute(measuring.queue(MeasurementRun.scheduled(Clock.systemUTC().instant()))
                    .id()).orElseThrow();
            long wall = System.nanoTime() - start;
            long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
            long after = usedAfterGc();
            long calls = hostCalls.values().stream().mapToLong(AtomicLong::get).sum();
            System.out.printf("issues %d (%s, %s), run %s: %d KPIs, %d issues read%s%n", count,
                    remote == null ? "embedded H2" : remote.url(), perYear == 0 ? "created over one year"
                            : "created at " + perYear + " a year, " + count / perYear + " years", run.state(), run.kpisDone(), run.issuesRead(),
                    run.failure() == null ? "" : ", failure: " + run.failure());
            System.out.printf("wall time       %,d ms%n", wall / 1_000_000);
            System.out.printf("SQL statements  %,d (%.4f per issue)%n", statements.get(), statements.get() / (double) count);
            System.out.printf("host calls      %,d (%.4f per issue) %s%n", calls, calls / (double) count, hostCalls);
            System.out.printf("heap used       %,d MB after loading the project; peak during the run %,d MB"
                    + " (garbage included); %,d MB after the run%n", loaded >> 20, peak >> 20, after >> 20);
            System.out.printf("max heap        %,d MB%n", Runtime.getRuntime().maxMemory() >> 20);
        } finally {
            database.close();
        }
    }

    private static long usedAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Every host service behind a proxy that counts its calls by "Interface.method". */
    private static Map<Class<?>, Object> counting(Map<Class<?>, Object> services, Map<String, AtomicLong> calls) {
        Map<Class<?>, Object> wrapped = new LinkedHashMap<>();
        services.forEach((type, service) -> {
            if (!type.isInterface()) {
                wrapped.put(type, service);
                return;
            }
            wrapped.put(type, Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
                if (method.getDeclaringClass() != Object.class) {
                    synchronized (calls) {
                        calls.computeIfAbsent(type.getSimpleName() + "." + method.getName(), k -> new AtomicLong())
                                .incrementAndGet();
                    }
                }
                try {
                    return method.invoke(service, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            }));
        });
        return wrapped;
    }
}
