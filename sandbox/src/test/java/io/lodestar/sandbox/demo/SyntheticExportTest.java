package io.lodestar.sandbox.demo;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.lodestar.core.issue.IssueSnapshot;
import io.lodestar.sandbox.export.JiraRestExportIssueSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.Test;

/** The synthetic projects of the cluster test and the measurement benchmark. */
public class SyntheticExportTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    private static List<IssueSnapshot> read(SyntheticExport export) throws Exception {
        Path file = Files.createTempDirectory("synthetic").resolve("issues.json");
        export.writeTo(file);
        return new JiraRestExportIssueSource(file).readAll().issues();
    }

    @Test
    public void shouldCreateEveryIssueInTheLastYearWithOneInFourOpen() throws Exception {
        List<IssueSnapshot> issues = read(new SyntheticExport(2_000, TODAY));

        assertEquals(2_000, issues.size());
        assertTrue(issues.stream().allMatch(issue -> issue.created().isAfter(OffsetDateTime.of(2025, 12, 1, 0, 0, 0, 0,
                ZoneOffset.UTC))));
        long open = issues.stream().filter(issue -> !issue.status().isDone()).count();
        assertTrue("about a quarter open: " + open, open > 400 && open < 700);
    }

    @Test
    public void shouldSpreadASteadyProjectOverItsYearsWithOnlyASmallOldBacklogOpen() throws Exception {
        List<IssueSnapshot> issues = read(SyntheticExport.steady(4_000, TODAY, 1_000));

        OffsetDateTime fourYearsAgo = TODAY.minusYears(4).minusDays(2).atStartOfDay().atOffset(ZoneOffset.UTC);
        OffsetDateTime ninetyDaysAgo = TODAY.minusDays(91).atStartOfDay().atOffset(ZoneOffset.UTC);
        assertTrue(issues.stream().allMatch(issue -> issue.created().isAfter(fourYearsAgo)));
        long firstYear = issues.stream().filter(issue -> issue.created().isBefore(fourYearsAgo.plusYears(1))).count();
        assertTrue("a quarter of them in the oldest year: " + firstYear, firstYear > 850 && firstYear < 1_150);
        long oldOpen = issues.stream().filter(issue -> issue.created().isBefore(ninetyDaysAgo)
                && !issue.status().isDone()).count();
        long old = issues.stream().filter(issue -> issue.created().isBefore(ninetyDaysAgo)).count();
        assertTrue("one in a hundred old issues open: " + oldOpen + " of " + old, oldOpen > 0 && oldOpen < old / 40);
    }
}
