package org.taizhang.ui.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.taizhang.core.history.AdjustmentType;
import org.taizhang.core.notice.NoticeLevel;
import org.taizhang.testing.TestLedger;
import org.taizhang.ui.ImmediateBackground;
import org.taizhang.ui.ScriptedDialogs;

/** 督办单…: the plan of a day, a preview that records nothing, issuing, marking one answered. */
class NoticesViewModelTest {
    @RegisterExtension
    TestLedger sample = TestLedger.sample().at("2024-01-08T02:00:00Z");
    ScriptedDialogs dialogs = new ScriptedDialogs();
    NoticesViewModel vm;
    int refreshed;

    @BeforeEach
    void open() {
        vm = new NoticesViewModel(sample.service(), new ImmediateBackground(), dialogs,
                java.time.Clock.fixed(sample.clock().instant(), java.time.ZoneId.of("Asia/Shanghai")), () -> refreshed++);
        vm.load();
    }

    private long files(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }

    @Test
    void theListShowsTheSamplesNoticesNewestFirstWithTheirState() {
        assertEquals(22, vm.rows().size());
        assertEquals("改革督〔2023〕22号", vm.rows().get(0).number());
        assertEquals("共 22 份督办单，待答复 0 份，逾期未答复 1 份", vm.countsTextProperty().get());
        assertEquals("逾期未答复", vm.rows().stream().filter(r -> r.unit().equals("市文旅广电局")).findFirst()
                .orElseThrow().state());
    }

    @Test
    void thePlanCountsPerLevelAndUnitAndAPreviewRecordsNothing() throws Exception {
        vm.asOfProperty().set(LocalDate.of(2023, 9, 30));
        assertTrue(vm.planTextProperty().get().contains("红色 6 份"), vm.planTextProperty().get());
        assertTrue(vm.units().contains("市政务服务局"));
        vm.levelProperty(NoticeLevel.YELLOW).set(false);
        vm.levelProperty(NoticeLevel.BLUE).set(false);
        vm.unitProperty().set("市政务服务局");
        assertEquals("将生成 1 份督办单（1 个单位）：红色 1 份、黄色 0 份、蓝色 0 份", vm.planTextProperty().get());
        int log = sample.service().log().size();
        Path dir = Files.createDirectories(sample.dir().resolve("preview"));
        dialogs.files.push(dir);
        vm.preview();
        assertEquals(1, files(dir));
        assertEquals(log, sample.service().log().size(), "a preview records nothing");
        assertTrue(dialogs.told.get(dialogs.told.size() - 1).contains("未下发、未登记"), dialogs.told.toString());
    }

    @Test
    void issuingRecordsNumbersAndTheAnswerIsMarked() throws Exception {
        vm.asOfProperty().set(LocalDate.of(2023, 9, 30));
        vm.unitProperty().set("市政务服务局");
        Path dir = Files.createDirectories(sample.dir().resolve("issued"));
        dialogs.files.push(dir);
        dialogs.confirms.push(true);
        vm.issue();
        assertEquals(1, files(dir));
        assertEquals(23, vm.rows().size());
        NoticeRow issued = vm.rows().get(0);
        assertEquals("改革督〔2024〕1号", issued.number());
        assertEquals("待答复", issued.state());
        assertEquals(1, refreshed, "the ledger's marks follow");

        vm.selectedProperty().set(issued);
        assertTrue(vm.canAnswerProperty().get());
        dialogs.texts.push("已报送整改措施");
        vm.markAnswered();
        assertEquals("已答复", vm.rows().get(0).state());
        assertEquals("2024-01-08", vm.rows().get(0).answered());
        assertEquals(AdjustmentType.NOTICE_ANSWERED, sample.service().log().get(sample.service().log().size() - 1).type());
        vm.selectedProperty().set(vm.rows().get(0));
        assertFalse(vm.canAnswerProperty().get(), "answered once");
    }
}
