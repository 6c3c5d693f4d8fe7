/**
 * Active Objects persistence of the Jira app: the entities (one interface per table) and the stores
 * that implement core's ports with them.
 *
 * <p>Entities never leave this package: a store maps every row to a core domain object before
 * returning it, so a change of schema touches this package only. Stores keep no state between
 * calls: every node of a Data Center cluster reads the same rows.
 *
 * <p>Conventions, chosen for the databases Jira supports (PostgreSQL, MySQL, Oracle, SQL Server):
 * <ul>
 *   <li>Table names are short because AO prefixes them with {@code AO_xxxxxx_} and Oracle limits
 *       identifiers to 30 characters.</li>
 *   <li>Every column name is a constant on its entity, used in queries, so a rename is one edit.</li>
 *   <li>References between rows are plain indexed id columns, not AO relations: a store reads a whole
 *       level of the OKR tree with one query and never walks relations row by row.</li>
 *   <li>Enumerations are stored by name and days as ISO text ({@code 2026-01-01}), which sorts like
 *       the date and carries no time zone; instants are epoch milliseconds.</li>
 *   <li>{@code @NotNull} columns are always supplied at insert time through
 *       {@code create(Class, Map)}.</li>
 * </ul>
 */
package io.lodestar.jira.persistence;
