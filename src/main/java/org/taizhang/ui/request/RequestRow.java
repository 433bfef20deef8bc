package org.taizhang.ui.request;

import org.taizhang.core.request.Request;
import org.taizhang.core.text.TextDiff;

/**
 * One request as the window lists it, in the office's words, with what the office's rules point out
 * about it; {@code diff}: 原内容 against 调整为, marked, for a request that rewrites a task's fields
 * (null for the others).
 */
public record RequestRow(Request request, String task, String proposed, TextDiff diff, String opinion, String decision,
        String flags) {

    /** 原内容: the fields the request would rewrite, as it found them; empty for other requests. */
    public String before() {
        return diff == null ? "" : diff.beforeText();
    }

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
