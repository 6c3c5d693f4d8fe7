package io.lodestar.core.okr;

/** The colour of a score on Google's scale: below 0.4 red, below 0.7 yellow, otherwise green. */
public enum Band {
    RED,
    YELLOW,
    GREEN
}
