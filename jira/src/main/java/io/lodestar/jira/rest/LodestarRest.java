package io.lodestar.jira.rest;

import io.lodestar.jira.app.CycleActions;
import io.lodestar.jira.app.DirectoryActions;
import io.lodestar.jira.app.KpiActions;
import io.lodestar.jira.app.KpiObjectives;
import io.lodestar.jira.app.KpiPageReader;
import io.lodestar.jira.app.MeasurementActions;
import io.lodestar.jira.app.OkrCommands;
import io.lodestar.jira.app.OkrReader;
import io.lodestar.jira.app.SettingsActions;
import java.util.List;

/**
 * Everything that makes up the REST API, in one place, so that every host serves the same thing
 * (docs/rest-api.md, "Hosting the resources").
 *
 * <p>Inside Jira, the REST v2 module finds these classes in the plugin and builds the resources with
 * their {@code @Inject} constructors from the beans of {@code META-INF/spring/lodestar-beans.xml}.
 * Elsewhere (the sandbox, the tests), a host registers {@link #PROVIDERS} as classes and the
 * instances of {@link #resources} built with plain constructors, plus a Jackson 2 JAX-RS provider,
 * which reads its configuration from {@link LodestarJson}.
 */
public final class LodestarRest {

    /** The JSON configuration, the XSRF rule and the exception mappers; each has a no-argument constructor. */
    public static final List<Class<?>> PROVIDERS = List.of(
            LodestarJson.class,
            XsrfFilter.class,
            InvalidInputMapper.class,
            NotFoundMapper.class,
            StaleVersionMapper.class,
            DamagedRecordMapper.class,
            NotLoggedInMapper.class,
            AccessDeniedMapper.class,
            JsonInputMapper.class,
            WebApplicationMapper.class,
            UnexpectedErrorMapper.class);

    /** The resource classes, for hosts that list them (Jira finds them itself). */
    public static final List<Class<?>> RESOURCES = List.of(
            CycleResource.class,
            ObjectiveResource.class,
            KeyResultResource.class,
            IssueResource.class,
            KpiResource.class,
            MeasurementRunResource.class,
            KpiPageResource.class,
            // dashboard items (issue 12)
            DashboardItemResource.class,
            SettingsResource.class,
            UserResource.class,
            TeamResource.class);

    private LodestarRest() {
    }

    /** The resources, built from the app's objects as lodestar-beans.xml builds them in Jira. */
    public static List<Object> resources(CycleActions cycles, OkrReader reader, OkrCommands commands, OkrViews views,
                                         KpiActions kpis, KpiPageReader kpiPage, KpiObjectives kpiObjectives,
                                         SettingsActions settings, DirectoryActions directory,
                                         MeasurementActions measurements,
                                         io.lodestar.jira.app.ReminderActions reminders) {
        return List.of(
                new CycleResource(cycles, reader, views),
                new ObjectiveResource(commands, reader, views),
                new KeyResultResource(commands, reader, views),
                new IssueResource(reader, views),
                new KpiResource(kpis),
                new MeasurementRunResource(measurements),
                new KpiPageResource(kpiPage, kpis, kpiObjectives),
                // dashboard items (issue 12)
                new DashboardItemResource(kpiPage, kpis, kpiObjectives, cycles, reader, views),
                new SettingsResource(settings),
                new UserResource(directory, reminders),
                new TeamResource(directory));
    }
}
