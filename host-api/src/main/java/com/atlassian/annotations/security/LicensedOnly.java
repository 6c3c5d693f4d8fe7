package com.atlassian.annotations.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Platform 7 access rule for servlets and servlet filters (atlassian-annotations): licensed users only. The REST
 * v2 equivalent is {@code com.atlassian.plugins.rest.api.security.annotation.LicensedOnly}. RUNTIME retention:
 * the host's servlet module reads it reflectively.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.PACKAGE})
public @interface LicensedOnly {
}
