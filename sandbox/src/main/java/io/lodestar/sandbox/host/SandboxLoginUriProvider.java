package io.lodestar.sandbox.host;

import com.atlassian.sal.api.auth.LoginUriProvider;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** SAL's {@link LoginUriProvider}: the sandbox's sign-in page, which returns to {@code returnUri} afterwards. */
public final class SandboxLoginUriProvider implements LoginUriProvider {

    public static final String LOGIN_PATH = "/sandbox/login";

    @Override
    public URI getLoginUri(URI returnUri) {
        return URI.create(LOGIN_PATH + "?os_destination="
                + URLEncoder.encode(returnUri.toString(), StandardCharsets.UTF_8));
    }
}
