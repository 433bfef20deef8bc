package org.taizhang.core.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.taizhang.core.LedgerException;
import org.taizhang.core.history.Adjustment;
import org.taizhang.testing.MeetingRequests;
import org.taizhang.testing.TestLedger;

/** Which requests make a meeting's 动态调整清单: named, the newest awaiting its meeting, or every open one. */
class RequestListTest {
    @RegisterExtension
    TestLedger ledger = TestLedger.empty("北疆市2024年全面深化改革任务台账", 2024).at("2024-03-01T02:00:00Z");
    MeetingRequests meeting;
    List<Adjustment> events;

    @BeforeEach
    void meeting() {
        meeting = MeetingRequests.in(ledger);
        events = ledger.service().requestEvents();
    }

    private List<Long> ids(RequestList list) {
        return list.requests().stream().map(Request::id).toList();
    }

    @Test
    void listsAreNamedInTheOrderTheyWereBegun() {
        assertEquals(List.of(MeetingRequests.THIRD, MeetingRequests.FOURTH), RequestList.names(events));
    }

    @Test
    void withoutANameTheNewestListAwaitingItsMeeting() {
        RequestList newest = RequestList.of(events, null);
        assertEquals(MeetingRequests.FOURTH, newest.meeting());
        assertFalse(newest.isDraft());
        assertEquals(8, newest.requests().size());
        assertFalse(ids(newest).contains(meeting.requests.get("withdrawn")), "taken back before the meeting");
        assertTrue(newest.requests().stream().allMatch(r -> r.state() == Request.State.LISTED));
        assertEquals(newest, RequestList.of(events, "  "));
    }

    @Test
    void aNamedListHoldsItsDecidedRequestsToo() {
        RequestList third = RequestList.of(events, MeetingRequests.THIRD);
        assertEquals(List.of(meeting.requests.get("postpone pilot")), ids(third));
        assertEquals(Request.State.DECIDED, third.requests().get(0).state());
        assertEquals(third, RequestList.of(events, "第三次"), "a part of the name only one list has");
    }

    @Test
    void theDraftHoldsEveryReviewedRequestNotDecided() {
        RequestList open = RequestList.open(events);
        assertTrue(open.isDraft());
        assertEquals(9, open.requests().size());
        assertTrue(ids(open).contains(meeting.requests.get("unlisted")));
    }

    @Test
    void aListThatCannotBeMadeIsRefusedWithItsReason() {
        assertEquals("requestList.noSuchList",
                assertThrows(LedgerException.class, () -> RequestList.of(events, "第五次")).key());
        assertEquals("requestList.ambiguous",
                assertThrows(LedgerException.class, () -> RequestList.of(events, "会议")).key());
        assertEquals("requestList.nothingListed",
                assertThrows(LedgerException.class, () -> RequestList.newest(List.of())).key());
        assertEquals("requestList.nothingOpen",
                assertThrows(LedgerException.class, () -> RequestList.open(List.of())).key());
        LedgerException none = assertThrows(LedgerException.class, () -> RequestList.of(List.of(), "第四次"));
        assertTrue(none.getMessage().contains("尚无"), none.getMessage());
    }
}
