/**
 * App settings chosen by a Jira administrator ({@link io.lodestar.jira.settings.AppSettings}) and the
 * port to their storage. Depends on core only, so that the Jira adapters (host), the AO store
 * (persistence) and the app layer can all use it without depending on one another.
 */
package io.lodestar.jira.settings;
