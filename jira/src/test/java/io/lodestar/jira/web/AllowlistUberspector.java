package io.lodestar.jira.web;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;
import org.w3c.dom.NodeList;

/**
 * Jira 10's Velocity method allowlist, for tests: a template may call a method (including a getter reached by
 * property syntax such as {@code $view.team}) only if the descriptor's {@code <velocity-allowlist>} lists it as
 * {@code fully.qualified.Class#method(paramTypes)}, or if it is on the host's own global list (here only
 * {@code $i18n.getText(String)}, which {@link TestI18n} stands in for). A call off the list fails the render.
 */
public final class AllowlistUberspector extends UberspectImpl {
    private static final Set<String> HOST_GLOBAL = Set.of(TestI18n.class.getName() + "#getText(java.lang.String)");
    private static final Set<String> ALLOWED = readAllowlist();

    public static Set<String> readAllowlist() {
        try (InputStream in = AllowlistUberspector.class.getClassLoader().getResourceAsStream("atlassian-plugin.xml")) {
            NodeList methods = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in)
                    .getElementsByTagName("method");
            Set<String> allowed = new HashSet<>();
            for (int i = 0; i < methods.getLength(); i++) {
                if ("velocity-allowlist".equals(methods.item(i).getParentNode().getNodeName())) {
                    allowed.add(methods.item(i).getTextContent().trim());
                }
            }
            return allowed;
        } catch (Exception e) {
            throw new AssertionError("cannot read the velocity-allowlist of atlassian-plugin.xml", e);
        }
    }

    public static String signature(Method method) {
        return method.getDeclaringClass().getName() + "#" + method.getName() + "("
                + Arrays.stream(method.getParameterTypes()).map(Class::getName).collect(Collectors.joining(",")) + ")";
    }

    private static void check(Method method, Info info) {
        String signature = signature(method);
        if (!ALLOWED.contains(signature) && !HOST_GLOBAL.contains(signature)) {
            throw new IllegalStateException("Velocity method not allowlisted: " + signature + " at " + info);
        }
    }

    @Override
    public VelMethod getMethod(Object obj, String methodName, Object[] args, Info info) {
        VelMethod velMethod = super.getMethod(obj, methodName, args, info);
        if (velMethod != null) {
            check(velMethod.getMethod(), info);
        }
        return velMethod;
    }

    @Override
    public VelPropertyGet getPropertyGet(Object obj, String identifier, Info info) {
        VelPropertyGet getter = super.getPropertyGet(obj, identifier, info);
        if (getter != null && obj != null) {
            check(resolve(obj.getClass(), getter.getMethodName()), info);
        }
        return getter;
    }

    private static Method resolve(Class<?> type, String name) {
        for (Method method : type.getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == 0) {
                return method;
            }
        }
        for (Method method : type.getMethods()) {
            if (method.getName().equals(name)) {
                return method;
            }
        }
        throw new IllegalStateException("no method " + name + " on " + type.getName());
    }
}
