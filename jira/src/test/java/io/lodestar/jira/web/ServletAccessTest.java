package io.lodestar.jira.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.atlassian.annotations.security.LicensedOnly;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every servlet module of the descriptor names a class that declares its access rule with the servlet annotations
 * of Platform 7 (com.atlassian.annotations.security): the OKR and KPI pages and the issue panel are for licensed
 * users, which is also the host default, so the optional import of that package cannot change who gets in.
 */
public class ServletAccessTest {
    @Test
    public void shouldDeclareLicensedOnlyOnEveryServletWhenTheDescriptorNamesIt() throws Exception {
        NodeList servlets;
        try (InputStream in = ServletAccessTest.class.getResourceAsStream("/atlassian-plugin.xml")) {
            servlets = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getElementsByTagName("servlet");
        }
        assertTrue("no servlet module found", servlets.getLength() >= 3);
        Map<String, String> problems = new TreeMap<>();
        for (int i = 0; i < servlets.getLength(); i++) {
            Element servlet = (Element) servlets.item(i);
            Class<?> type = Class.forName(servlet.getAttribute("class"));
            if (!type.isAnnotationPresent(LicensedOnly.class)) {
                problems.put(servlet.getAttribute("key"), type.getName() + " has no @LicensedOnly");
            }
        }
        assertEquals(Map.of(), problems);
    }
}
