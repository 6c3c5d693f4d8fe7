package io.lodestar.core.okr;

import static io.lodestar.core.common.InvalidInputException.requirePresent;
import static io.lodestar.core.common.InvalidInputException.requireText;

/**
 * One result of the OKR quality checks.
 *
 * @param subject what it is about: {@code "objective:12"}, {@code "keyResult:40"} or {@code "team:Alpha"}
 * @param message a plain English sentence for people (a UI may prefer its own text keyed by {@code rule})
 */
public record Finding(Severity severity, QualityRule rule, String subject, String message) {

    public Finding {
        requirePresent(severity, "finding.severity");
        requirePresent(rule, "finding.rule");
        subject = requireText(subject, "finding.subject");
        message = requireText(message, "finding.message");
    }

    static String objective(Objective objective) {
        return "objective:" + objective.id();
    }

    static String keyResult(KeyResult keyResult) {
        return "keyResult:" + keyResult.id();
    }

    static String team(String team) {
        return "team:" + team;
    }
}
