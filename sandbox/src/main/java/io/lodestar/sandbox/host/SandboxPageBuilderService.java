package io.lodestar.sandbox.host;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The host's {@link PageBuilderService}: collects the web-resources the page being rendered on this thread
 * requires, for the sandbox's decorator to include in the page's head (as Jira's decorator does).
 */
public final class SandboxPageBuilderService implements PageBuilderService {

    private final ThreadLocal<Set<String>> required = ThreadLocal.withInitial(LinkedHashSet::new);

    @Override
    public WebResourceAssembler assembler() {
        return () -> new Required();
    }

    /** The complete keys required on this thread since the last call, in order; forgets them. */
    public List<String> drainRequired() {
        List<String> keys = new ArrayList<>(required.get());
        required.remove();
        return keys;
    }

    private final class Required implements RequiredResources {
        @Override
        public RequiredResources requireWebResource(String moduleCompleteKey) {
            required.get().add(moduleCompleteKey);
            return this;
        }
    }
}
