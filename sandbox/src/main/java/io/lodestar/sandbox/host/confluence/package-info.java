/**
 * The sandbox's Confluence: a page in storage format rendered by the Confluence app's own macro classes, loaded in a
 * class loader of their own as Confluence loads a plugin, over the host services those classes import (Application
 * Links whose requests go over real HTTP to the sandbox's Jira REST API as the signed-in user, a template renderer,
 * a cache service, SAL's user manager). Nothing here knows what a macro shows: that stays in the app.
 */
package io.lodestar.sandbox.host.confluence;
