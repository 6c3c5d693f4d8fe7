package io.lodestar.bundle;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import org.junit.Test;

public class ClassReferencesTest {
    /** Refers to UserKey only inside a method body, and to TemplateRenderer only in a signature. */
    static final class Sample {
        String describe(TemplateRenderer renderer) {
            return new UserKey("alice").getStringValue() + renderer;
        }
    }

    private static byte[] bytesOf(Class<?> type) throws IOException {
        String resource = type.getName().replace('.', '/') + ".class";
        try (InputStream in = type.getClassLoader().getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }

    @Test
    public void shouldFindPackagesUsedInBodiesAndSignaturesWhenReadingAClassFile() throws Exception {
        Set<String> packages = ClassReferences.packagesOf(bytesOf(Sample.class));

        assertTrue(packages.toString(), packages.contains("com.atlassian.sal.api.user"));
        assertTrue(packages.toString(), packages.contains("com.atlassian.templaterenderer"));
        assertTrue(packages.toString(), packages.contains("io.lodestar.bundle"));
    }

    /** SAL's UserManager declaration names javax.servlet; renamed, it names jakarta.servlet and still parses. */
    @Test
    public void shouldRenameThePackageEverywhereInTheConstantPoolWhenRenaming() throws Exception {
        byte[] renamed = ClassReferences.renamePackages(bytesOf(com.atlassian.sal.api.user.UserManager.class),
                Map.of("javax/servlet/", "jakarta/servlet/"));

        Set<String> packages = ClassReferences.packagesOf(renamed);
        assertTrue(packages.toString(), packages.contains("jakarta.servlet.http"));
        assertTrue(packages.toString(), packages.contains("com.atlassian.sal.api.user"));
        assertTrue(packages.toString(), packages.stream().noneMatch(pkg -> pkg.startsWith("javax.")));
    }

    @Test
    public void shouldRejectBytesWhenTheyAreNotAClassFile() {
        try {
            ClassReferences.packagesOf(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        } catch (IOException e) {
            assertEquals("not a class file", e.getMessage());
            return;
        }
        throw new AssertionError("garbage must not parse");
    }
}
