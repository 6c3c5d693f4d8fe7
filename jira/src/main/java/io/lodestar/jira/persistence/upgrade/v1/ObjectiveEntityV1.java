package io.lodestar.jira.persistence.upgrade.v1;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Frozen copy of the objective entity as model 1 stored it: no version column. Never change it; it
 * is what {@link io.lodestar.jira.persistence.upgrade.EditTokensUpgradeTask} upgrades from, and
 * what its test creates to prove the upgrade on real tables.
 */
@Table("OBJECTIVE")
public interface ObjectiveEntityV1 extends Entity {

    String CYCLE_ID = "CYCLE_ID";
    String TITLE = "TITLE";
    String DESCRIPTION = "DESCRIPTION";
    String OWNER = "OWNER";
    String OBJ_LEVEL = "OBJ_LEVEL";
    String TEAM = "TEAM";
    String STATE = "STATE";
    String PARENT_ID = "PARENT_ID";
    String FINAL_SCORE = "FINAL_SCORE";

    @NotNull
    @Indexed
    long getCycleId();

    void setCycleId(long cycleId);

    @NotNull
    String getTitle();

    void setTitle(String title);

    @StringLength(StringLength.UNLIMITED)
    String getDescription();

    void setDescription(String description);

    @Indexed
    String getOwner();

    void setOwner(String owner);

    @NotNull
    String getObjLevel();

    void setObjLevel(String level);

    String getTeam();

    void setTeam(String team);

    @NotNull
    String getState();

    void setState(String state);

    @Indexed
    Long getParentId();

    void setParentId(Long parentId);

    Double getFinalScore();

    void setFinalScore(Double finalScore);
}
