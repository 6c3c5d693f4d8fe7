package com.atlassian.jira.bc.user.search;

/**
 * What a user search may match and return. Only the builder methods Lodestar calls (reference sheet 12.4;
 * {@code maxResults} takes a boxed {@code Integer}); the product's class has more, and its getters are not
 * declared since no code of ours reads them. The stand-in's builder works, because the sandbox runs the app
 * against these declarations.
 */
public class UserSearchParams {

    UserSearchParams() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static class Builder {

        public Builder allowEmptyQuery(boolean allowEmptyQuery) {
            return this;
        }

        public Builder includeActive(boolean includeActive) {
            return this;
        }

        public Builder includeInactive(boolean includeInactive) {
            return this;
        }

        public Builder maxResults(Integer maxResults) {
            return this;
        }

        public UserSearchParams build() {
            return new UserSearchParams();
        }
    }
}
