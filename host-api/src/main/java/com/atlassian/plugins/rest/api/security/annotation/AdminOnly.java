package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * REST v2 access rule: the resource or method is open to administrators only. RUNTIME retention is required: the host's REST
 * engine reads it reflectively, and javac only writes it into our classes as runtime-visible if the type it
 * compiles against says so.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.PACKAGE})
public @interface AdminOnly {
}
