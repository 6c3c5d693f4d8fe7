package io.lodestar.sandbox.host;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The sandbox's user directory and who is signed in on the current request. Three users, so that permission rules
 * can be seen: {@link #ALICE}, the demo user signed in by default, {@link #BOB}, who may not browse one
 * project (see {@link SandboxPermissionManager}), and {@link #CAROL}, the one Jira administrator (what Jira's
 * global Administer Jira permission gives, read through SAL's {@code UserManager.isAdmin}), who creates, edits and
 * closes cycles.
 *
 * <p>The signed-in user is bound to the request thread by the server's session filter and read by the sandbox's
 * UserManager and JiraAuthenticationContext, the way Jira binds the user of a request.
 */
public final class SandboxUsers {

    public static final SandboxUser ALICE = new SandboxUser(10001, "alice", "Alice Andersen", "alice@example.com");
    public static final SandboxUser BOB = new SandboxUser(10002, "bob", "Bob Okafor", "bob@example.com");

    public static final SandboxUser CAROL = new SandboxUser(10003, "carol", "Carol Lindqvist", "carol@example.com");

    private static final List<SandboxUser> ALL = List.of(ALICE, BOB, CAROL);

    private static final Set<String> JIRA_ADMINISTRATORS = Set.of(CAROL.name());

    private final ThreadLocal<SandboxUser> current = new ThreadLocal<>();

    public List<SandboxUser> all() {
        return ALL;
    }

    public Optional<SandboxUser> byName(String name) {
        return ALL.stream().filter(user -> user.name().equals(name)).findFirst();
    }

    /** Whether the user with this name holds Jira's global Administer Jira permission. */
    public boolean isJiraAdmin(String name) {
        return JIRA_ADMINISTRATORS.contains(name);
    }

    /** The user of the request being served on this thread, if someone is signed in. */
    public Optional<SandboxUser> current() {
        return Optional.ofNullable(current.get());
    }

    /**
     * Makes {@code user} (null: anonymous) the user of this thread until {@link #unbind}; the server's session
     * filter calls both around each request.
     */
    public void bind(SandboxUser user) {
        if (user == null) {
            current.remove();
        } else {
            current.set(user);
        }
    }

    public void unbind() {
        current.remove();
    }
}
