package org.taizhang.ui.request;

import org.taizhang.core.request.Request;

/** One request as the window lists it, in the office's words, with what the office's rules point out about it. */
public record RequestRow(Request request, String task, String proposed, String opinion, String decision,
        String flags) {

    public long id() {
        return request.id();
    }

    public String unit() {
        return request.unit();
    }

    public String type() {
        return request.type().label();
    }

    public String reason() {
        return request.reason();
    }

    public String state() {
        return request.state().label();
    }

    public String list() {
        return request.list();
    }
}
