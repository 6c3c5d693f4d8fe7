package com.atlassian.util.profiling;

/**
 * atlassian-profiling's metric builder, declared because Active Objects 6 ({@code net.java.ao.EntityManager})
 * times its queries with it: {@code Metrics.metric(name).invokerPluginKey(key).tag(k, v).withAnalytics()
 * .startTimer()} and {@code Ticker.close()} (descriptors read with javap from activeobjects 6.1.1). In Jira the
 * host supplies the real class; this body only runs in our tests and the sandbox, and records nothing.
 */
public class Metrics {
    private Metrics() {
    }

    public static Builder metric(String name) {
        return new Builder();
    }

    public static class Builder {
        Builder() {
        }

        public Builder invokerPluginKey(String pluginKey) {
            return this;
        }

        public Builder tag(String key, String value) {
            return this;
        }

        public Builder withAnalytics() {
            return this;
        }

        public Ticker startTimer() {
            return () -> { };
        }
    }
}
