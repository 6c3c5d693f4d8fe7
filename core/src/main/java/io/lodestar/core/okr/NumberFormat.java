package io.lodestar.core.okr;

/** Whether a numeric key result counts something or is a percentage (0 to 100). */
public enum NumberFormat {
    NUMBER,
    PERCENT
}
