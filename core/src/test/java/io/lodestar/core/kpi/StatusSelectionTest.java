package io.lodestar.core.kpi;

import static io.lodestar.core.kpi.IssueHistoryBuilder.DONE;
import static io.lodestar.core.kpi.IssueHistoryBuilder.WONT_DO;
import static io.lodestar.core.kpi.IssueHistoryBuilder.issue;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.lodestar.core.issue.IssueSnapshot;
import io.lodestar.core.issue.Status;
import io.lodestar.core.issue.StatusCatalog;
import io.lodestar.core.issue.StatusCategory;
import java.util.List;
import java.util.Set;
import org.junit.Test;

public class StatusSelectionTest {

    private static final Status VERIFIED = new Status("20000", "Verified", StatusCategory.DONE);

    @Test
    public void shouldSelectCategoryFromIssuesCurrentStatusesWhenCatalogLacksThem() {
        List<IssueSnapshot> issues = List.of(issue("CORE-1").status(VERIFIED).build());

        StatusSelection done = StatusSelection.category(StatusCategory.DONE, StatusCatalog.empty(), issues);

        assertTrue(done.test("20000"));
    }

    @Test
    public void shouldNotSelectStatusWhenKnownOnlyFromChangelog() {
        StatusSelection done = StatusSelection.category(StatusCategory.DONE, StatusCatalog.of(List.of(DONE)), List.of());

        assertTrue(done.test(DONE.id()));
        assertFalse(done.test("99999"));
        assertFalse(done.test(null));
    }

    @Test
    public void shouldSelectOnlyConfiguredIdsWhenGivenEvenIfCategoryDiffers() {
        StatusCatalog catalog = StatusCatalog.of(List.of(DONE, WONT_DO));

        StatusSelection lastColumn = StatusSelection.of(Set.of(DONE.id()), StatusCategory.DONE, catalog, List.of());

        assertTrue(lastColumn.test(DONE.id()));
        assertFalse(lastColumn.test(WONT_DO.id()));
    }
}
