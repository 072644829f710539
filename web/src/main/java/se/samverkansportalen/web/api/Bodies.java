package se.samverkansportalen.web.api;

import se.samverkansportalen.domain.refusal.InvalidInputRefusal;

/** The request body of an API call that needs one. */
public final class Bodies {

    private Bodies() {
    }

    /**
     * The body as JSON-B read it; refused with 400 ({@code api.error.bodyRequired}) when the request
     * had none (an empty body or {@code null}), before any service is called.
     */
    public static <T> T required(T body) {
        if (body == null) {
            throw InvalidInputRefusal.atField("body", "api.error.bodyRequired");
        }
        return body;
    }

    /**
     * The version a change was read at ({@code lockVersion} of the body); refused with 400 ({@code
     * api.error.lockVersionRequired}) when missing, since a change without it could overwrite what
     * someone else saved.
     */
    public static int readAt(Integer lockVersion) {
        if (lockVersion == null) {
            throw InvalidInputRefusal.atField("lockVersion", "api.error.lockVersionRequired");
        }
        return lockVersion;
    }
}
