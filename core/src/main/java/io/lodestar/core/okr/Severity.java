package io.lodestar.core.okr;

/** How much a quality finding matters: advice, a likely mistake, or something that breaks scoring. */
public enum Severity {
    INFO,
    WARNING,
    ERROR
}
