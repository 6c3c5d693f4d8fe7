package com.atlassian.webresource.api.assembler;

/**
 * The host's builder of the current page: what a servlet or action uses to require web-resources for the page
 * it is rendering. Only the method the apps call is declared; the real interface also has {@code seed}.
 */
public interface PageBuilderService {
    WebResourceAssembler assembler();
}
