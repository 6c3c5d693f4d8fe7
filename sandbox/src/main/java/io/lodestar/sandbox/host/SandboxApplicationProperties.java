package io.lodestar.sandbox.host;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import java.util.Date;
import java.util.function.Supplier;

/** SAL's {@link ApplicationProperties}: the sandbox passes itself off as Jira 10.3 at its own base URL. */
public final class SandboxApplicationProperties implements ApplicationProperties {

    private final Supplier<String> baseUrl;

    public SandboxApplicationProperties(Supplier<String> baseUrl) {
        this.baseUrl = baseUrl;
    }

    @Override
    public String getBaseUrl(UrlMode urlMode) {
        return urlMode == UrlMode.RELATIVE || urlMode == UrlMode.RELATIVE_CANONICAL ? "" : baseUrl.get();
    }

    @Override
    public String getDisplayName() {
        return "Lodestar sandbox";
    }

    @Override
    public String getPlatformId() {
        return PLATFORM_JIRA;
    }

    @Override
    public String getVersion() {
        return "10.3.0";
    }

    @Override
    public Date getBuildDate() {
        return new Date(0);
    }

    @Override
    public String getBuildNumber() {
        return "10030000";
    }
}
