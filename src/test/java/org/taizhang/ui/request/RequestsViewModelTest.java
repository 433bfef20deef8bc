package org.taizhang.ui.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.taizhang.core.request.Request;
import org.taizhang.core.task.Task;
import org.taizhang.core.request.Requests;
import org.taizhang.testing.TestLedger;
import org.taizhang.ui.ImmediateBackground;
import org.taizhang.ui.ScriptedDialogs;

/** 调整申请 without a toolkit, on the sample's year of requests: filter, then each of the office's steps. */
class RequestsViewModelTest {
    @RegisterExtension
    TestLedger sample = TestLedger.sample().at("2024-01-10T02:00:00Z");
    ScriptedDialogs dialogs = new ScriptedDialogs();
    AtomicInteger changed = new AtomicInteger();
    RequestsViewModel vm;

    @BeforeEach
    void open() {
        vm = new RequestsViewModel(sample.service(), new ImmediateBackground(), dialogs, sample.clock(),
                ZoneId.of("Asia/Shanghai"), changed::incrementAndGet);
        vm.load();
    }

    private RequestRow select(String unit) {
        RequestRow row = vm.rows().stream().filter(r -> r.unit().equals(unit)).findFirst().orElseThrow();
        vm.selectedProperty().set(row);
        return row;
    }

    @Test
    void lookingBackShowsTheRequestsAsTheyStoodThenReadOnly() {
        RequestsViewModel then = new RequestsViewModel(sample.service(), new ImmediateBackground(), dialogs,
                sample.clock(), ZoneId.of("Asia/Shanghai"), changed::incrementAndGet, java.time.LocalDate.of(2023, 6, 10));
        then.load();
        assertEquals("2023-06-10 日结束时（只读）：共 5 项申请，待办 5 项，显示 5 项", then.countsProperty().get(),
                "on 10 June the five asked in May were on the second meeting's list, not yet decided");
        assertTrue(then.rows().stream().allMatch(r -> r.request().state() == Request.State.LISTED));
        then.selectedProperty().set(then.rows().get(0));
        assertFalse(then.canDecideProperty().get(), "the past is not decided again");
    }

    @Test
    void showsTheOpenOnesFirstAndEveryOneOnAsking() {
        assertEquals(1, vm.rows().size(), "东风旗's request is the one still open");
        assertEquals("共 9 项申请，待办 1 项，显示 1 项", vm.countsProperty().get());
        vm.showProperty().set(RequestsViewModel.Show.ALL);
        assertEquals(9, vm.rows().size());
        vm.showProperty().set(RequestsViewModel.Show.WITHDRAWN);
        assertEquals("市委组织部", vm.rows().get(0).unit());
        vm.showProperty().set(RequestsViewModel.Show.DECIDED);
        assertTrue(vm.rows().stream().anyMatch(r -> r.decision().startsWith("不同意（市委深改委第四次会议")));
        assertTrue(vm.rows().stream().anyMatch(r -> r.proposed().startsWith("并入 4. ")), "a merge names its target");
    }

    @Test
    void eachRequestShowsWhatItWouldChangeMarked() {
        RequestRow row = select("东风旗");
        Task task = sample.service().task(row.request().taskId()).orElseThrow();
        assertEquals(task.leadUnits().text(), row.before(), "原内容: the task's lead units as the request found them");
        assertEquals(org.taizhang.core.text.TextDiff.ofList(task.leadUnits().text(), "*东风旗、市发展改革委"), row.diff());
        assertTrue(row.diff().marksAnything(), row.diff().toString());

        vm.showProperty().set(RequestsViewModel.Show.ALL);
        RequestRow merge = vm.rows().stream().filter(r -> r.proposed().startsWith("并入 4. ")).findFirst().orElseThrow();
        assertEquals(null, merge.diff(), "a merge is said, not compared");
        assertEquals("", merge.before());
        vm.showProperty().set(RequestsViewModel.Show.DECIDED);
        for (RequestRow decided : vm.rows()) {
            if (decided.diff() != null && decided.request().adjustmentId() != null) {
                assertTrue(decided.diff().marksAnything(), "an applied request is compared with the task as it found it: "
                        + decided.request());
            }
        }
    }

    @Test
    void theOfficeReviewsListsAndTheCommitteeApproves() {
        RequestRow row = select("东风旗");
        assertTrue(vm.canOpineProperty().get());
        assertFalse(vm.canListProperty().get(), "no list before the office's opinion");
        assertFalse(vm.canDecideProperty().get(), "no decision before the office's opinion");

        dialogs.texts.add("试点主体在东风旗，拟同意");
        vm.agree();
        vm.showProperty().set(RequestsViewModel.Show.ALL);
        row = select("东风旗");
        assertEquals("已提出意见", row.state());
        assertEquals("拟同意：试点主体在东风旗，拟同意", row.opinion());
        assertTrue(vm.canListProperty().get());

        dialogs.texts.add("市委深改委2024年第一次会议");
        vm.putOnList();
        row = select("东风旗");
        assertEquals("市委深改委2024年第一次会议", row.list());

        dialogs.decisions.add(form -> Optional.of(form.decisions()));
        vm.decide();
        assertEquals("市委深改委2024年第一次会议", dialogs.decisionForms.get(0).basisProperty().get(),
                "the list's meeting is the basis suggested");
        Request decided = new Requests(sample.service()).get(row.id()).orElseThrow();
        assertEquals(Request.Result.APPROVED, decided.decision().result());
        assertEquals("*东风旗、市发展改革委",
                sample.service().task(decided.taskId()).orElseThrow().leadUnits().text(), "applied to the task");
        assertEquals(3, changed.get(), "the main window is told after each step");
        assertTrue(dialogs.told.isEmpty(), dialogs.told.toString());
    }

    @Test
    void aCancelledQuestionWritesNothing() {
        select("东风旗");
        int before = sample.service().log().size();
        vm.agree(); // no scripted answer: the clerk cancelled
        assertEquals(before, sample.service().log().size());
        dialogs.confirms.add(false);
        vm.withdraw();
        assertEquals(before, sample.service().log().size());
        dialogs.confirms.add(true);
        vm.withdraw();
        assertEquals(before + 1, sample.service().log().size());
        assertEquals(0, vm.rows().size(), "no open request left");
    }

    @Test
    void aMeetingDecidesItsWholeListAtOnce() {
        Requests requests = new Requests(sample.service());
        long gep = vm.rows().get(0).id();
        long more = requests.receive(sample.service().tasks().stream().filter(t -> t.number().text().equals("18."))
                .findFirst().orElseThrow().id(), "市自然资源局", org.taizhang.core.request.RequestType.DEADLINE,
                java.util.Map.of(org.taizhang.core.task.TaskField.DEADLINE, "2024年3月底前"),
                org.taizhang.core.ledger.Note.by("赵静", "确权登记数据需与自治区平台对接", "")).id();
        vm.load();
        vm.chosen().setAll(vm.rows());
        assertEquals(2, vm.chosen().size());
        dialogs.texts.add("拟同意");
        vm.agree();
        vm.chosen().setAll(vm.rows());
        dialogs.texts.add("市委深改委2024年第一次会议");
        vm.putOnList();
        vm.chosen().setAll(vm.rows());
        assertFalse(vm.canWithdrawProperty().get(), "a withdrawal is one unit's, one request at a time");
        dialogs.decisions.add(form -> {
            assertEquals(List.of(Request.Result.APPROVED, Request.Result.APPROVED), form.items().stream()
                    .map(i -> i.resultProperty().get()).toList(), "each starts from the office's 拟同意");
            form.items().stream().filter(i -> i.row().id() == more).findFirst().orElseThrow().resultProperty()
                    .set(Request.Result.REFUSED); // the exception
            assertEquals("共 2 项：同意 1 项，不同意 1 项", form.summaryProperty().get());
            return Optional.of(form.decisions());
        });
        vm.decide();
        assertEquals(Request.Result.APPROVED, requests.get(gep).orElseThrow().decision().result());
        assertEquals(Request.Result.REFUSED, requests.get(more).orElseThrow().decision().result());
        for (long id : new long[] {gep, more}) {
            assertEquals("市委深改委2024年第一次会议", requests.get(id).orElseThrow().decision().basis(),
                    "one basis for the list");
        }
        assertTrue(dialogs.told.isEmpty(), dialogs.told.toString());
    }

    @Test
    void theListOfTheSelectedRequestsMeetingIsExportedForTheCommittee() throws Exception {
        vm.showProperty().set(RequestsViewModel.Show.ALL);
        select("市住建局");
        java.nio.file.Path file = sample.dir().resolve("清单.docx");
        dialogs.files.add(file);
        vm.exportList();
        assertEquals("市委深改委第四次会议（2023年11月28日）改革任务动态调整清单.docx",
                dialogs.asked.get(dialogs.asked.size() - 1), "the file is named after the meeting");
        assertTrue(java.nio.file.Files.size(file) > 0);
        assertEquals(java.util.List.of(file), dialogs.written, "told where it went, with its folder offered");
        try (var in = java.nio.file.Files.newInputStream(file);
                var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            assertTrue(doc.getTables().get(0).getText().contains("市住建局"));
        }
        assertEquals(0, changed.get(), "an export changes nothing");
    }

    @Test
    void withNoListAwaitingAMeetingTheClerkIsToldBeforeChoosingAFile() {
        vm.selectedProperty().set(null);
        vm.exportList();
        assertTrue(dialogs.files.isEmpty() && dialogs.asked.stream().noneMatch(a -> a.endsWith(".docx")));
        assertTrue(dialogs.told.get(0).startsWith("没有待审议的动态调整清单"), dialogs.told.toString());
    }
}
