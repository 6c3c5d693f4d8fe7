package io.lodestar.sandbox.server;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.net.URI;
import javax.ws.rs.core.Response;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ContainerRequest;
import org.junit.Test;

public class RestXsrfCheckTest {

    private static ContainerRequest request(String method, String contentType, String token) {
        ContainerRequest request = new ContainerRequest(URI.create("http://localhost/rest/lodestar/1.0/"),
                URI.create("http://localhost/rest/lodestar/1.0/objectives"), method, null, new MapPropertiesDelegate(), null);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header(RestXsrfCheck.TOKEN_HEADER, token);
        }
        new RestXsrfCheck().filter(request);
        return request;
    }

    private static Integer refusal(ContainerRequest request) {
        Response response = request.getAbortResponse();
        return response == null ? null : response.getStatus();
    }

    @Test
    public void shouldRefuseAPostWhenAFormCouldHaveSentIt() {
        assertEquals(Integer.valueOf(403), refusal(request("POST", "application/x-www-form-urlencoded", null)));
        assertEquals(Integer.valueOf(403), refusal(request("POST", "multipart/form-data; boundary=x", null)));
        assertEquals(Integer.valueOf(403), refusal(request("POST", "text/plain;charset=UTF-8", null)));
        assertEquals(Integer.valueOf(403), refusal(request("POST", null, null)));
    }

    @Test
    public void shouldPassAPostWhenItIsJsonOrCarriesTheNoCheckHeader() {
        assertNull(refusal(request("POST", "application/json", null)));
        assertNull(refusal(request("POST", "text/plain", "no-check")));
    }

    @Test
    public void shouldLeaveOtherMethodsToTheAppWhenNotAPost() {
        assertNull(refusal(request("GET", null, null)));
        assertNull(refusal(request("DELETE", null, null)));
    }
}
