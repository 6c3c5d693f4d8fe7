package io.lodestar.jira.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.lodestar.core.okr.Cycle;
import io.lodestar.core.okr.Objective;
import io.lodestar.core.okr.ObjectiveLevel;
import javax.ws.rs.client.Entity;
import javax.ws.rs.core.Form;
import javax.ws.rs.core.MediaType;
import org.junit.Before;
import org.junit.Test;

/** Cross-site request forgery: what a page on another site could send is refused before anything runs. */
public class XsrfFilterTest extends RestTestBase {

    private Cycle q1;

    @Before
    public void seed() {
        q1 = quarter(2026, 1);
        jira.login("alice");
    }

    @Test
    public void shouldAnswer403WhenAFormIsPostedWithoutTheToken() {
        Form form = new Form().param("cycleId", String.valueOf(q1.id())).param("title", "Forged").param("level", "TEAM");

        error(target("objectives").request().post(Entity.form(form)), 403);

        assertTrue(store.objectivesOf(q1.id()).isEmpty());
    }

    @Test
    public void shouldAnswer403WhenPlainTextIsPostedWithoutTheToken() {
        String body = json("{'cycleId':" + q1.id() + ",'title':'Forged','level':'TEAM'}");

        error(target("objectives").request().post(Entity.entity(body, MediaType.TEXT_PLAIN_TYPE)), 403);

        assertTrue(store.objectivesOf(q1.id()).isEmpty());
    }

    @Test
    public void shouldAcceptJsonWithTheTokenAndJsonAlone() {
        String body = json("{'cycleId':" + q1.id() + ",'title':'Real','level':'TEAM'}");

        assertEquals(201, post("objectives", body).getStatus());
        assertEquals(201, target("objectives").request().post(Entity.json(body)).getStatus());
    }

    @Test
    public void shouldAnswer403WhenADeleteCarriesNoToken() {
        Objective mine = objective(q1, "Mine", "alice", ObjectiveLevel.TEAM, null);

        error(target("objectives/" + mine.id()).queryParam("version", 1).request().delete(), 403);
        assertEquals(204, delete("objectives/" + mine.id() + "?version=1").getStatus());
    }

    @Test
    public void shouldAnswer415NotACrashWhenTheTokenComesWithTheWrongContentType() {
        error(target("objectives").request().header(XsrfFilter.TOKEN_HEADER, XsrfFilter.NO_CHECK)
                .post(Entity.entity("title=x", MediaType.APPLICATION_FORM_URLENCODED_TYPE)), 415);
    }
}
