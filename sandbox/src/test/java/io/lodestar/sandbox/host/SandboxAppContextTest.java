package io.lodestar.sandbox.host;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.fail;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserManager;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.Test;

/** The app's Spring XML read with the sandbox's host services standing in for the OSGi references. */
public class SandboxAppContextTest {

    private static final String BEANS = """
            <beans xmlns="http://www.springframework.org/schema/beans"
                   xmlns:osgi="http://www.eclipse.org/gemini/blueprint/schema/blueprint">
              <osgi:reference id="salUserManager" interface="com.atlassian.sal.api.user.UserManager"/>
              %s
              <bean id="greeting" class="java.lang.StringBuilder"><constructor-arg value="hello"/></bean>
            </beans>
            """;

    /** A class loader whose "app" is a folder with a descriptor and one Spring XML file. */
    private static ClassLoader app(String extraReference) throws Exception {
        Path root = Files.createTempDirectory("app");
        Files.writeString(root.resolve("atlassian-plugin.xml"), "<atlassian-plugin key=\"test.app\"/>");
        Files.createDirectories(root.resolve("META-INF/spring"));
        Files.writeString(root.resolve("META-INF/spring/beans.xml"), BEANS.formatted(extraReference));
        // Child first for the descriptor, so this app's one is found rather than the Jira app's on the test classpath.
        return new URLClassLoader(new URL[] {root.toUri().toURL()}, SandboxAppContextTest.class.getClassLoader()) {
            @Override
            public URL getResource(String name) {
                URL own = findResource(name);
                return own != null ? own : super.getResource(name);
            }
        };
    }

    @Test
    public void shouldGiveTheSandboxServiceForAnOsgiReferenceWhenTheXmlImportsIt() throws Exception {
        SandboxUserManager users = new SandboxUserManager(new SandboxUsers());

        try (SandboxAppContext context = SandboxAppContext.start(Map.of(UserManager.class, users), app(""))) {
            assertSame(users, context.bean(UserManager.class));
            assertEquals("hello", context.bean(StringBuilder.class).toString());
        }
    }

    @Test
    public void shouldNameTheInterfaceWhenTheAppImportsAServiceTheSandboxLacks() throws Exception {
        try {
            SandboxAppContext.start(Map.of(UserManager.class, new SandboxUserManager(new SandboxUsers())),
                    app("<osgi:reference id=\"loginUriProvider\" interface=\"" + LoginUriProvider.class.getName() + "\"/>"));
            fail("started without a LoginUriProvider");
        } catch (RuntimeException e) {
            assertThat(String.valueOf(e.getMessage()) + e.getCause(), containsString(LoginUriProvider.class.getName()));
        }
    }
}
