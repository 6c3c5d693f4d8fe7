package com.atlassian.scheduler;

/** How a run of a job ended. Only the factories are declared; the stand-in keeps the message for the sandbox. */
public final class JobRunnerResponse {
    private final String message;
    private final boolean success;

    private JobRunnerResponse(boolean success, String message) {
        this.success = success;
        this.message = message;
    }

    public static JobRunnerResponse success() {
        return new JobRunnerResponse(true, null);
    }

    public static JobRunnerResponse success(String message) {
        return new JobRunnerResponse(true, message);
    }

    public static JobRunnerResponse aborted(String message) {
        return new JobRunnerResponse(false, message);
    }

    public static JobRunnerResponse failed(String message) {
        return new JobRunnerResponse(false, message);
    }

    public static JobRunnerResponse failed(Throwable cause) {
        return new JobRunnerResponse(false, String.valueOf(cause));
    }

    @Override
    public String toString() {
        return (success ? "success" : "not successful") + (message == null ? "" : ": " + message);
    }
}
