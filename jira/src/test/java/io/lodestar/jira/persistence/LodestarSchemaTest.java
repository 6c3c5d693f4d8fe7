package io.lodestar.jira.persistence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import net.java.ao.RawEntity;
import net.java.ao.schema.Table;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The descriptor's {@code <ao>} module and {@link LodestarSchema} agree, and table names stay short. */
public class LodestarSchemaTest {

    /** Oracle's 30 characters, less AO's {@code AO_xxxxxx_} prefix. */
    private static final int MAX_TABLE_NAME = 30 - "AO_123456_".length();

    @Test
    public void shouldDeclareEveryEntityOfTheSchemaWhenReadingTheDescriptor() throws Exception {
        List<String> declared = aoChildren("entity");

        assertEquals(LodestarSchema.ENTITIES.stream().map(Class::getName).collect(Collectors.toList()), declared);
    }

    @Test
    public void shouldDeclareLoadableUpgradeTasksWhenReadingTheDescriptor() throws Exception {
        List<String> tasks = aoChildren("upgradeTask");

        assertTrue(!tasks.isEmpty());
        for (String task : tasks) {
            assertTrue(task, ActiveObjectsUpgradeTask.class.isAssignableFrom(Class.forName(task)));
        }
    }

    @Test
    public void shouldKeepTableNamesShortWhenPrefixedByActiveObjects() {
        for (Class<? extends RawEntity<?>> entity : LodestarSchema.ENTITIES) {
            String table = entity.getAnnotation(Table.class).value();
            assertTrue(entity.getSimpleName() + " table " + table, table.length() <= MAX_TABLE_NAME);
        }
    }

    private static List<String> aoChildren(String element) throws Exception {
        Document descriptor;
        try (InputStream in = LodestarSchemaTest.class.getResourceAsStream("/atlassian-plugin.xml")) {
            descriptor = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        Element ao = (Element) descriptor.getElementsByTagName("ao").item(0);
        NodeList nodes = ao.getElementsByTagName(element);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            names.add(nodes.item(i).getTextContent().strip());
        }
        return names;
    }
}
