package io.lodestar.sandbox.host;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.velocity.runtime.RuntimeServices;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jira 10's Velocity method allowlist, for the app's own classes: a template may call a method of a class in the
 * app's packages only when the descriptor's {@code <velocity-allowlist>} lists it as
 * {@code fully.qualified.Class#method(param.Types)}. Like Jira, a call that is not listed is blocked (the reference
 * renders unresolved) and logged, so a missing entry shows in the sandbox before it shows in Jira. Methods of
 * other classes (the JDK's, the host's {@code $i18n}) are on Jira's global list and pass.
 */
public final class VelocityAllowlist extends UberspectImpl {

    /** Engine property holding the {@link Rules}. */
    public static final String RULES = "lodestar.velocity.allowlist";
    private static final Logger LOG = LoggerFactory.getLogger(VelocityAllowlist.class);

    /** The listed methods, and the package prefix of the classes they govern. */
    public record Rules(String appPackage, Set<String> methods) {
        public Rules {
            methods = Set.copyOf(methods);
        }

        boolean allows(Method method) {
            Class<?> owner = method.getDeclaringClass();
            if (!owner.getName().startsWith(appPackage + ".")) {
                return true;
            }
            String key = owner.getName() + "#" + method.getName() + "("
                    + Arrays.stream(method.getParameterTypes()).map(Class::getName).collect(Collectors.joining(",")) + ")";
            boolean listed = methods.contains(key);
            if (!listed) {
                LOG.warn("Velocity allowlist: blocked {} (add <method>{}</method> to <velocity-allowlist>)", key, key);
            }
            return listed;
        }
    }

    private Rules rules = new Rules("", Set.of());

    @Override
    public void setRuntimeServices(RuntimeServices runtime) {
        super.setRuntimeServices(runtime);
        Object configured = runtime.getProperty(RULES);
        if (configured instanceof Rules given) {
            rules = given;
        }
    }

    @Override
    public VelMethod getMethod(Object target, String methodName, Object[] args, Info info) {
        VelMethod method = super.getMethod(target, methodName, args, info);
        return method == null || rules.allows(method.getMethod()) ? method : null;
    }

    @Override
    public VelPropertyGet getPropertyGet(Object target, String identifier, Info info) {
        VelPropertyGet getter = super.getPropertyGet(target, identifier, info);
        if (getter == null || getter.getMethodName() == null || target == null) {
            return getter;
        }
        try {
            return rules.allows(target.getClass().getMethod(getter.getMethodName())) ? getter : null;
        } catch (NoSuchMethodException e) {
            return getter;
        }
    }
}
