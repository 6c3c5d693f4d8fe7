package io.lodestar.jira.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.Test;
import org.w3c.dom.Document;

/**
 * From Jira 10 an unannotated REST v2 resource defaults to licensed users only; Lodestar declares the rule of every
 * endpoint on purpose instead (issue 15): reading and working with OKRs and KPIs is for licensed users, replacing
 * the app settings for administrators. The resources still check the user's Jira permissions themselves.
 */
public class EndpointAccessTest {
    private static final List<Class<? extends Annotation>> ACCESS = List.of(
            UnrestrictedAccess.class, AnonymousSiteAccess.class, LicensedOnly.class, AdminOnly.class, SystemAdminOnly.class);

    /** "Resource#method" -> the access annotation that rules it (method level first, then class level). */
    private static final Map<String, Class<? extends Annotation>> EXCEPTIONS = Map.of(
            "SettingsResource#read", LicensedOnly.class,
            "SettingsResource#replace", AdminOnly.class,
            "MeasurementRunResource#remeasure", AdminOnly.class,
            // issue 14, the administration page: Jira's fields and statuses, and the latest runs of every kind.
            "SettingsResource#fields", AdminOnly.class,
            "SettingsResource#statuses", AdminOnly.class,
            "MeasurementRunResource#latest", AdminOnly.class);

    @Test
    public void shouldDeclareTheAccessRuleOfEveryEndpointWhenTheResourceIsScanned() throws Exception {
        List<Class<?>> resources = resourceClasses();
        assertTrue("no resource found", resources.size() >= 9);
        Map<String, String> problems = new TreeMap<>();
        for (Class<?> resource : resources) {
            for (Method method : resource.getDeclaredMethods()) {
                if (!isEndpoint(method)) {
                    continue;
                }
                String name = resource.getSimpleName() + "#" + method.getName();
                List<Class<? extends Annotation>> onMethod = accessOn(method.getAnnotations());
                List<Class<? extends Annotation>> onClass = accessOn(resource.getAnnotations());
                if (onMethod.size() > 1 || onClass.size() > 1) {
                    problems.put(name, "more than one access annotation: " + onMethod + " " + onClass);
                    continue;
                }
                Class<? extends Annotation> rule = !onMethod.isEmpty() ? onMethod.get(0) : onClass.isEmpty() ? null : onClass.get(0);
                Class<? extends Annotation> expected = EXCEPTIONS.getOrDefault(name, LicensedOnly.class);
                if (rule != expected) {
                    problems.put(name, "expected @" + expected.getSimpleName() + " but is "
                            + (rule == null ? "unannotated (host default)" : "@" + rule.getSimpleName()));
                }
            }
        }
        assertEquals(Map.of(), problems);
    }

    @Test
    public void shouldServeTheResourcesThroughRestV2WhenTheDescriptorIsRead() throws Exception {
        // The REST v2 annotations are only honoured by REST v2: the descriptor must migrate the module to it.
        Document descriptor = descriptor();
        assertEquals(1, descriptor.getElementsByTagName("rest-v2").getLength());
        assertEquals("rest-migration", descriptor.getElementsByTagName("rest-v2").item(0).getParentNode().getNodeName());
    }

    @Test
    public void shouldLetOnlyAdministratorsReplaceTheSettingsWhenAnnotated() throws Exception {
        Method replace = SettingsResource.class.getMethod("replace", SettingsResource.Settings.class);
        assertTrue(replace.isAnnotationPresent(AdminOnly.class));
        assertTrue(SettingsResource.class.getMethod("read").isAnnotationPresent(LicensedOnly.class));
        assertTrue(SettingsResource.class.getMethod("fields").isAnnotationPresent(AdminOnly.class));
        assertTrue(SettingsResource.class.getMethod("statuses").isAnnotationPresent(AdminOnly.class));
        assertTrue(MeasurementRunResource.class.getMethod("latest", String.class).isAnnotationPresent(AdminOnly.class));
    }

    static Document descriptor() throws Exception {
        try (InputStream in = EndpointAccessTest.class.getResourceAsStream("/atlassian-plugin.xml")) {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
    }

    private static boolean isEndpoint(Method method) {
        return method.isAnnotationPresent(GET.class) || method.isAnnotationPresent(POST.class)
                || method.isAnnotationPresent(PUT.class) || method.isAnnotationPresent(DELETE.class)
                || method.isAnnotationPresent(javax.ws.rs.Path.class);
    }

    private static List<Class<? extends Annotation>> accessOn(Annotation[] annotations) {
        List<Class<? extends Annotation>> found = new ArrayList<>();
        for (Annotation annotation : annotations) {
            if (ACCESS.contains(annotation.annotationType())) {
                found.add(annotation.annotationType());
            }
        }
        return found;
    }

    /** Every class of this package (main classes) with a JAX-RS {@code @Path}: the REST module scans them all. */
    private static List<Class<?>> resourceClasses() throws Exception {
        URL location = CycleResource.class.getResource("CycleResource.class");
        Path directory = Path.of(location.toURI()).getParent();
        List<Class<?>> resources = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                String name = file.getFileName().toString();
                if (name.endsWith(".class") && !name.contains("$")) {
                    Class<?> type = Class.forName("io.lodestar.jira.rest." + name.substring(0, name.length() - 6));
                    if (type.isAnnotationPresent(javax.ws.rs.Path.class)) {
                        resources.add(type);
                    }
                }
            }
        }
        return resources;
    }
}
