/**
 * The sandbox's Jira pages and web-fragment plumbing: the view-issue page at {@code /browse/KEY}, the web-panels the
 * app's descriptor declares for its locations (with their conditions and context providers), and the sandbox's
 * implementations of the Jira condition classes the descriptor names.
 */
package io.lodestar.sandbox.host.jira;
