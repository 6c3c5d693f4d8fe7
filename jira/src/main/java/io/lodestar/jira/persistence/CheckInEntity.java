package io.lodestar.jira.persistence;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A stored check-in on a key result. Check-ins by hand are only ever inserted or deleted, never updated, so
 * two people checking in on one key result at the same moment both land. An automatic check-in (a KPI's value for
 * one period, {@code KPI_PERIOD} set) is the one row that is updated: one per key result and period.
 *
 * <p>{@code KPI_PERIOD} is nullable and was added without raising {@link LodestarSchema#MODEL_VERSION}: AO's migrate
 * adds it to the existing table, and every check-in stored before it is a check-in by hand (null).
 */
@Table("CHECK_IN")
public interface CheckInEntity extends Entity {

    String KEY_RESULT_ID = "KEY_RESULT_ID";
    String CHECK_VALUE = "CHECK_VALUE";
    String CONFIDENCE = "CONFIDENCE";
    String NOTE = "NOTE";
    String AUTHOR = "AUTHOR";
    String AT_MILLIS = "AT_MILLIS";
    String KPI_PERIOD = "KPI_PERIOD";
    /** What CONFIDENCE holds for an automatic check-in, which has no confidence (the column is NOT NULL). */
    String NO_CONFIDENCE = "NONE";

    @NotNull
    @Indexed
    long getKeyResultId();

    void setKeyResultId(long keyResultId);

    /** Named CHECK_VALUE because VALUE is reserved in several databases; null for a milestone check-in without value. */
    Double getCheckValue();

    void setCheckValue(Double value);

    @NotNull
    String getConfidence();

    void setConfidence(String confidence);

    /** Unlimited (a CLOB): notes are free text and must never be cut. */
    @StringLength(StringLength.UNLIMITED)
    String getNote();

    void setNote(String note);

    @NotNull
    String getAuthor();

    void setAuthor(String author);

    @NotNull
    long getAtMillis();

    void setAtMillis(long atMillis);

    /** The KPI period key of an automatic check-in ({@code 2026-W10}, {@code sprint-42}); null for one by hand. */
    @Indexed
    String getKpiPeriod();

    void setKpiPeriod(String kpiPeriod);
}
