package com.atlassian.webresource.api.assembler;

/**
 * Collects the web-resources and data one page needs. Only {@link #resources()} is declared; the real
 * interface also has {@code assembled()}, {@code data()} and {@code copy()}.
 */
public interface WebResourceAssembler {
    RequiredResources resources();
}
