package org.taizhang.ui.settings;

import static org.taizhang.testing.Needs.need;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.ledger.SettableClock;
import org.taizhang.store.OpenLedger;
import org.taizhang.testing.TestLedger;
import org.taizhang.ui.ImmediateBackground;
import org.taizhang.ui.MemoryPrefs;

/** The settings form: the operator and thresholds as before, and a PDF font checked before it is kept. */
class SettingsViewModelTest {
    @TempDir
    Path dir;
    @RegisterExtension
    TestLedger sample = TestLedger.sample().at("2024-01-10T02:00:00Z");
    OpenLedger ledger;
    MemoryPrefs prefs = new MemoryPrefs();
    List<String> failures = new ArrayList<>();
    int saved;

    @BeforeEach
    void open() {
        ledger = sample.ledger();
    }

    private SettingsViewModel form() {
        SettingsViewModel vm = new SettingsViewModel(prefs, ledger.service(), new ImmediateBackground());
        vm.load();
        vm.operatorProperty().set("王芳");
        return vm;
    }

    @Test
    void aFontWithoutChineseIsRefusedAndNothingIsSaved() {
        Path dejavu = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        need(Files.exists(dejavu), "the DejaVu font (fonts-dejavu-core)");
        SettingsViewModel vm = form();
        vm.pdfFontProperty().set(dejavu.toString());
        vm.save(() -> saved++, failures::add);
        assertEquals(0, saved);
        assertEquals(List.of(), failures, "said under the font's field, not in a dialog");
        String under = vm.errors().of("pdfFont").get();
        assertTrue(under.contains("DejaVuSans.ttf") && under.contains("不含中文"), under);
        assertFalse(vm.errors().noneProperty().get(), "保存 waits for another font");
        assertEquals("", prefs.pdfFont());
        assertEquals("", prefs.operator(), "all or nothing");
        vm.pdfFontProperty().set("");
        assertEquals("", vm.errors().of("pdfFont").get(), "typing another clears it");
        assertTrue(vm.errors().noneProperty().get());
    }

    @Test
    void aChineseTrueTypeFontIsKept() {
        Path wqy = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
        SettingsViewModel vm = form();
        vm.pdfFontProperty().set(" " + wqy + " ");
        vm.save(() -> saved++, failures::add);
        assertEquals(List.of(), failures);
        assertEquals(wqy.toString(), prefs.pdfFont());
        assertEquals("王芳", prefs.operator());
        assertEquals(wqy.toString(), form().pdfFontProperty().get(), "shown again next time");
    }

    @Test
    void theBackupCountAndFolderAreKeptWithTheLedger() {
        SettingsViewModel vm = form();
        assertEquals("20", vm.backupKeepProperty().get());
        assertEquals("", vm.backupFolderProperty().get(), "empty: beside the ledger");
        vm.backupKeepProperty().set("0");
        assertEquals("备份份数应为 1 到 999 之间的整数", vm.errorProperty().get());
        assertEquals("备份份数应为 1 到 999 之间的整数", vm.errors().of("backupKeep").get(), "under its field");
        assertEquals("", vm.errors().of("thresholds").get(), "and under no other");
        vm.backupKeepProperty().set("五");
        assertEquals("备份份数应为 1 到 999 之间的整数", vm.errorProperty().get());
        vm.backupKeepProperty().set(" 5 ");
        assertEquals("", vm.errorProperty().get());
        Path folder = dir.resolve("U盘备份");
        vm.backupFolderProperty().set(folder.toString());
        vm.save(() -> saved++, failures::add);
        assertEquals(List.of(), failures);

        assertEquals("5", form().backupKeepProperty().get(), "shown again next time");
        var service = ledger.service();
        for (int i = 0; i < 7; i++) {
            var task = service.tasks().get(0);
            service.edit(task.toBuilder().progress("第" + i + "次推进").build(), org.taizhang.core.ledger.Note.by("王芳", "", ""));
            service.backup("测试" + i);
        }
        assertEquals(folder, ledger.file().backups().folder());
        assertEquals(5, ledger.file().backups().list().size(), "the newest five stay");
    }

    @Test
    void aReadOnlyLedgerKeepsItsSettingsAndTheOperatorIsStillSaved() {
        ledger.close();
        ledger = OpenLedger.openForReading(sample.file(), SettableClock.at("2024-01-10T02:00:00Z"));
        SettingsViewModel vm = form();
        assertTrue(vm.readOnly());
        vm.backupKeepProperty().set("7");
        vm.save(() -> saved++, failures::add);
        assertEquals(List.of(), failures);
        assertEquals(1, saved);
        assertEquals("王芳", prefs.operator());
        assertEquals("20", form().backupKeepProperty().get(), "the ledger is not written");
    }

    @Test
    void whatEveryNoticeSaysIsKeptWithTheLedger() {
        SettingsViewModel vm = form();
        assertEquals("中共北疆市委全面深化改革委员会办公室", vm.noticeOfficeProperty().get(), "the sample's");
        assertEquals("改革督", vm.noticePrefixProperty().get());
        assertEquals("5", vm.noticeReplyDaysProperty().get());
        vm.noticeReplyDaysProperty().set("0");
        assertEquals(org.taizhang.core.I18n.text("notice.badSettings"), vm.errorProperty().get());
        vm.noticeReplyDaysProperty().set("7");
        vm.noticePrefixProperty().set("深改督");
        vm.noticeContactProperty().set("王芳　0477-8581235");
        vm.noticeBlueDaysProperty().set("15");
        assertEquals("", vm.errorProperty().get());
        vm.save(() -> saved++, failures::add);
        assertEquals(List.of(), failures);
        var s = org.taizhang.core.notice.NoticeSettings.of(ledger.service());
        assertEquals(new org.taizhang.core.notice.NoticeSettings("中共北疆市委全面深化改革委员会办公室", "深改督", 7,
                "王芳　0477-8581235", 15), s);
        assertEquals("深改督〔2024〕1号", s.number(2024, 1));
    }
}
