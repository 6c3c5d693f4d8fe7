package io.lodestar.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.lodestar.core.common.InvalidInputException;
import io.lodestar.core.kpi.Direction;
import io.lodestar.core.kpi.Frequency;
import io.lodestar.core.kpi.Indicator;
import io.lodestar.core.kpi.KpiDataSource;
import io.lodestar.core.kpi.KpiDefinition;
import io.lodestar.core.kpi.KpiFormula;
import io.lodestar.core.kpi.KpiGoal;
import io.lodestar.core.kpi.KpiMeasurement;
import io.lodestar.core.kpi.KpiType;
import io.lodestar.core.kpi.KpiValue;
import io.lodestar.jira.app.KpiActions;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * {@code /kpis}: KPI definitions (list, create, read, edit, delete), their recorded values
 * ({@code /history}) and, for per-sprint KPIs, the closed sprints as the velocity chart counts them
 * ({@code /sprints}). Measuring is a background run ({@link MeasurementRunResource}).
 */
@LicensedOnly
@Path("kpis")
@Produces(MediaType.APPLICATION_JSON)
public final class KpiResource {

    private final KpiActions kpis;

    @Inject
    public KpiResource(KpiActions kpis) {
        this.kpis = kpis;
    }

    /** Every KPI, or with {@code ?team=KEY} the KPIs of that team (case-insensitive). */
    @GET
    public List<KpiJson.Node> list(@QueryParam("team") String team) {
        return kpis.list(Inputs.text(team, "team", Inputs.SHORT)).stream().map(r -> KpiViews.node(r, kpis)).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(KpiJson.NewKpi body) {
        return kpis.atomically(() -> {
            kpis.requireUser();
            Inputs.required(body, "kpi");
            KpiDefinition created = definition(0, 0, body);
            return Response.status(Response.Status.CREATED).entity(KpiViews.node(kpis.create(created), kpis)).build();
        });
    }

    @GET
    @Path("{id: [0-9]+}")
    public KpiJson.Node get(@PathParam("id") long id) {
        return KpiViews.node(kpis.get(id), kpis);
    }

    @PUT
    @Path("{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public KpiJson.Node edit(@PathParam("id") long id, KpiJson.KpiEdit body) {
        return kpis.atomically(() -> {
            kpis.requireEditable(id);
            Inputs.required(body, "kpi");
            long version = Inputs.required(body.version(), "version");
            return KpiViews.node(kpis.edit(definition(id, version, body.fields())), kpis);
        });
    }

    @DELETE
    @Path("{id: [0-9]+}")
    public Response delete(@PathParam("id") long id, @QueryParam("version") String version,
                           @QueryParam("convertKeyResults") String convertKeyResults) {
        return kpis.atomically(() -> {
            kpis.requireEditable(id);
            kpis.delete(id, Inputs.wholeNumber(version, "version"), convertKeyResults(convertKeyResults));
            return Response.noContent().build();
        });
    }

    /** {@code watching}: whether the signed-in user watches the KPI; {@code count}: how many users watch it. */
    public record Watchers(boolean watching, int count) {
    }

    /** {@code GET /kpis/{id}/watchers}: whether I watch the KPI and how many do. */
    @GET
    @Path("{id: [0-9]+}/watchers")
    public Watchers watchers(@PathParam("id") long id) {
        return watchers(kpis.watchState(id));
    }

    /** {@code PUT /kpis/{id}/watchers/me}: I watch the KPI (told by e-mail when it turns red). */
    @PUT
    @Path("{id: [0-9]+}/watchers/me")
    public Watchers watch(@PathParam("id") long id) {
        return kpis.atomically(() -> watchers(kpis.watch(id)));
    }

    /** {@code DELETE /kpis/{id}/watchers/me}: I stop watching the KPI. */
    @DELETE
    @Path("{id: [0-9]+}/watchers/me")
    public Watchers unwatch(@PathParam("id") long id) {
        return kpis.atomically(() -> watchers(kpis.unwatch(id)));
    }

    private static Watchers watchers(KpiActions.WatchState state) {
        return new Watchers(state.watching(), state.count());
    }

    @GET
    @Path("{id: [0-9]+}/sprints")
    public List<KpiJson.SprintValue> sprints(@PathParam("id") long id) {
        return kpis.sprints(id).stream().map(report -> {
            KpiValue sayDo = report.sayDoRatio();
            return new KpiJson.SprintValue(report.sprint().id(), report.sprint().name(),
                    report.sprint().completeDate() == null ? null : report.sprint().completeDate().toString(),
                    report.commitment(), report.completed(), sayDo.isApplicable() ? sayDo.value() : null,
                    sayDo.notApplicableReason().orElse(null));
        }).toList();
    }

    @GET
    @Path("{id: [0-9]+}/history")
    public List<KpiJson.Value> history(@PathParam("id") long id, @QueryParam("limit") String limit) {
        KpiActions.KpiRecord record = kpis.history(id);
        List<KpiMeasurement> values = record.measurements();
        if (limit != null) {
            long count = Inputs.wholeNumber(limit, "limit");
            InvalidInputException.require(count > 0, "limit", "must be positive");
            values = values.subList(Math.max(0, values.size() - (int) Math.min(count, values.size())), values.size());
        }
        return values.stream().map(m -> KpiViews.value(m, record.definition().goal())).toList();
    }

    /**
     * The definition a body describes. A goal field that the goal's kind does not use must be absent: a
     * GROWING goal takes direction, target and alertThreshold; a BAND goal takes min and max.
     */
    private static KpiDefinition definition(long id, long version, KpiJson.NewKpi body) {
        KpiType type = Inputs.requiredEnum(KpiType.class, body.type(), "kpi.type");
        Map<String, String> parameters = body.parameters() == null ? Map.of() : body.parameters();
        parameters.forEach((name, value) -> {
            Inputs.text(name, "kpi.parameters", Inputs.SHORT);
            Inputs.required(Inputs.text(value, "kpi.parameters." + name, Inputs.LONG), "kpi.parameters." + name);
        });
        KpiJson.Source source = Inputs.required(body.source(), "kpi.source");
        KpiDataSource dataSource = new KpiDataSource(
                Inputs.requiredEnum(KpiDataSource.Kind.class, source.kind(), "kpi.source.kind"),
                Inputs.text(source.value(), "kpi.source.value", Inputs.LONG));
        String kind = Inputs.required(body.kind(), "kpi.kind");
        KpiGoal goal = switch (kind) {
            case "GROWING" -> {
                unusedByGoal(kind, body.min(), "kpi.min");
                unusedByGoal(kind, body.max(), "kpi.max");
                yield KpiGoal.growing(Inputs.requiredEnum(Direction.class, body.direction(), "kpi.direction"),
                        Inputs.number(Inputs.required(body.target(), "kpi.target"), "kpi.target"),
                        Inputs.number(Inputs.required(body.alertThreshold(), "kpi.alertThreshold"), "kpi.alertThreshold"));
            }
            case "BAND" -> {
                unusedByGoal(kind, body.direction(), "kpi.direction");
                unusedByGoal(kind, body.target(), "kpi.target");
                unusedByGoal(kind, body.alertThreshold(), "kpi.alertThreshold");
                yield KpiGoal.band(Inputs.number(Inputs.required(body.min(), "kpi.min"), "kpi.min"),
                        Inputs.number(Inputs.required(body.max(), "kpi.max"), "kpi.max"));
            }
            default -> throw new InvalidInputException("kpi.kind", "must be one of GROWING, BAND");
        };
        return new KpiDefinition(id, version, Inputs.text(body.name(), "kpi.name", Inputs.SHORT),
                Inputs.text(body.description(), "kpi.description", Inputs.LONG),
                KpiFormula.fromText(type, parameters), dataSource,
                Inputs.requiredEnum(Frequency.class, body.frequency(), "kpi.frequency"), zone(body.zone()),
                Inputs.text(body.owner(), "kpi.owner", Inputs.SHORT), Inputs.text(body.team(), "kpi.team", Inputs.SHORT),
                goal,
                Inputs.text(body.actionIfAlert(), "kpi.actionIfAlert", Inputs.LONG),
                Boolean.TRUE.equals(body.leading()) ? Indicator.LEADING : Indicator.LAGGING);
    }

    /** {@code ?convertKeyResults=}: absent or empty is false; otherwise exactly true or false. */
    private static boolean convertKeyResults(String value) {
        if (value == null || value.isEmpty() || "false".equals(value)) {
            return false;
        }
        if ("true".equals(value)) {
            return true;
        }
        throw new InvalidInputException("convertKeyResults", "must be true or false");
    }

    private static void unusedByGoal(String kind, Object value, String field) {
        if (value != null) {
            throw new InvalidInputException(field, "is not used by a " + kind + " goal; leave it out");
        }
    }

    private static ZoneId zone(String zone) {
        if (zone == null || zone.isBlank()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new InvalidInputException("kpi.zone", "must be a time zone such as Europe/Paris or UTC");
        }
    }
}
