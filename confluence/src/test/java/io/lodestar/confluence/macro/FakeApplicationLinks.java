package io.lodestar.confluence.macro;

import com.atlassian.applinks.api.ApplicationId;
import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkRequestFactory;
import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.applinks.api.ApplicationType;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * In-memory Application Links: holds at most one primary link and records which application types were asked
 * for. Links of other types are not returned for a type they do not match.
 */
public final class FakeApplicationLinks implements ApplicationLinkService {
    private final List<Class<? extends ApplicationType>> askedTypes = new ArrayList<>();
    private ApplicationLink primary;
    private Class<? extends ApplicationType> primaryType;

    public static FakeApplicationLinks none() {
        return new FakeApplicationLinks();
    }

    public static FakeApplicationLinks withPrimary(Class<? extends ApplicationType> type, String name, String displayUrl) {
        FakeApplicationLinks links = new FakeApplicationLinks();
        links.primaryType = type;
        links.primary = new Link(name, URI.create(displayUrl));
        return links;
    }

    public List<Class<? extends ApplicationType>> askedTypes() {
        return askedTypes;
    }

    @Override
    public ApplicationLink getApplicationLink(ApplicationId id) {
        throw new UnsupportedOperationException("not used by Lodestar");
    }

    @Override
    public Iterable<ApplicationLink> getApplicationLinks() {
        return primary == null ? List.of() : List.of(primary);
    }

    @Override
    public Iterable<ApplicationLink> getApplicationLinks(Class<? extends ApplicationType> type) {
        askedTypes.add(type);
        return primary != null && type == primaryType ? List.of(primary) : List.of();
    }

    @Override
    public ApplicationLink getPrimaryApplicationLink(Class<? extends ApplicationType> type) {
        askedTypes.add(type);
        return type == primaryType ? primary : null;
    }

    private static final class Link implements ApplicationLink {
        private final String name;
        private final URI displayUrl;

        Link(String name, URI displayUrl) {
            this.name = name;
            this.displayUrl = displayUrl;
        }

        @Override
        public ApplicationId getId() {
            return new ApplicationId("00000000-0000-0000-0000-000000000001");
        }

        @Override
        public ApplicationType getType() {
            throw new UnsupportedOperationException("not used by Lodestar");
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public URI getDisplayUrl() {
            return displayUrl;
        }

        @Override
        public URI getRpcUrl() {
            return displayUrl;
        }

        @Override
        public boolean isPrimary() {
            return true;
        }

        @Override
        public ApplicationLinkRequestFactory createAuthenticatedRequestFactory() {
            throw new UnsupportedOperationException("requests over the link come in a later issue");
        }
    }
}
