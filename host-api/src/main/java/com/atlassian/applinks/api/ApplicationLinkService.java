package com.atlassian.applinks.api;

/** Lists the application links configured by an administrator. */
public interface ApplicationLinkService {
    ApplicationLink getApplicationLink(ApplicationId id) throws TypeNotInstalledException;

    Iterable<ApplicationLink> getApplicationLinks();

    Iterable<ApplicationLink> getApplicationLinks(Class<? extends ApplicationType> type);

    ApplicationLink getPrimaryApplicationLink(Class<? extends ApplicationType> type);
}
