/**
 * The sandbox's stand-ins for the Atlassian platform services a Data Center app relies on to behave on a cluster:
 * atlassian-scheduler ({@link io.lodestar.sandbox.host.platform.SandboxSchedulerService}: a job runs once per
 * cluster per scheduled time, decided by a row claimed in the shared database), beehive's cluster locks
 * ({@link io.lodestar.sandbox.host.platform.SandboxClusterLockService}: a row per held lock) and atlassian-event's
 * publisher ({@link io.lodestar.sandbox.host.platform.SandboxEventPublisher}). Each is small and keeps to the
 * documented contract, so that two sandbox instances on one database behave as two nodes would.
 */
package io.lodestar.sandbox.host.platform;
