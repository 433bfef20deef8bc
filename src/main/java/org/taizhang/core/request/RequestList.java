package org.taizhang.core.request;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.taizhang.core.I18n;
import org.taizhang.core.LedgerException;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.history.AdjustmentType;

/**
 * A 动态调整清单: the requests the office put on a meeting's list, for the committee to read. A
 * list is chosen by its meeting; without a name, the newest list whose requests still await the
 * meeting; or, before a meeting is named, every request the office has reviewed and nobody has
 * decided yet ({@link #open}, whose {@code meeting} is empty). A request a unit withdrew is not on
 * any list: it was taken back before the meeting sat.
 */
public record RequestList(String meeting, List<Request> requests) {

    public RequestList {
        requests = List.copyOf(requests);
    }

    /** Whether this is the draft of every reviewed request rather than a meeting's list. */
    public boolean isDraft() {
        return meeting.isEmpty();
    }

    /** The meetings that have a list, in the order their lists were begun. */
    public static List<String> names(List<Adjustment> events) {
        Set<String> out = new LinkedHashSet<>();
        for (Adjustment a : events) {
            if (a.type() == AdjustmentType.REQUEST_LISTED) {
                out.add(Detail.decode(a.detail()).getOrDefault("list", ""));
            }
        }
        out.remove("");
        return new ArrayList<>(out);
    }

    /**
     * The list of {@code meeting}: named in full, or by a part only one list's name holds ("第四次会议"
     * for "市委深改委第四次会议（2023年11月28日）"). Its requests as the log leaves them, decided ones
     * too, so that a meeting's list can be printed again for the file after it sat.
     */
    public static RequestList of(List<Adjustment> events, String meeting) {
        String asked = meeting == null ? "" : meeting.strip();
        if (asked.isEmpty()) {
            return newest(events);
        }
        List<String> names = names(events);
        String name = names.contains(asked) ? asked : null;
        if (name == null) {
            List<String> like = names.stream().filter(n -> n.contains(asked)).toList();
            if (like.size() > 1) {
                throw new LedgerException("requestList.ambiguous", asked, String.join("、", like));
            }
            if (like.isEmpty()) {
                throw new LedgerException("requestList.noSuchList", asked,
                        names.isEmpty() ? I18n.text("requestList.noLists") : String.join("、", names));
            }
            name = like.get(0);
        }
        String chosen = name;
        List<Request> on = Requests.replay(events).stream()
                .filter(r -> r.list().equals(chosen) && r.state() != Request.State.WITHDRAWN).toList();
        if (on.isEmpty()) {
            throw new LedgerException("requestList.allWithdrawn", chosen);
        }
        return new RequestList(chosen, on);
    }

    /** The newest list that still has requests awaiting the meeting (listed, not yet decided). */
    public static RequestList newest(List<Adjustment> events) {
        List<Request> all = Requests.replay(events);
        List<String> names = names(events);
        // Lists are begun in this order; a list added to later is still the one its meeting holds.
        for (int i = names.size() - 1; i >= 0; i--) {
            String name = names.get(i);
            List<Request> waiting = all.stream()
                    .filter(r -> r.list().equals(name) && r.state() == Request.State.LISTED).toList();
            if (!waiting.isEmpty()) {
                return new RequestList(name, waiting);
            }
        }
        throw new LedgerException("requestList.nothingListed",
                names.isEmpty() ? I18n.text("requestList.noLists") : String.join("、", names));
    }

    /** Every request the office has given its opinion on and that is not decided: listed or not yet. */
    public static RequestList open(List<Adjustment> events) {
        List<Request> open = Requests.replay(events).stream()
                .filter(r -> r.state() == Request.State.REVIEWED || r.state() == Request.State.LISTED).toList();
        if (open.isEmpty()) {
            throw new LedgerException("requestList.nothingOpen");
        }
        return new RequestList("", open);
    }
}
