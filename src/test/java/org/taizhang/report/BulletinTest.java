package org.taizhang.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.taizhang.core.I18n;
import org.taizhang.core.task.Status;
import org.taizhang.report.docx.BulletinDocument;
import org.taizhang.testing.TestLedger;

/** The 通报's words: an empty ledger, a title that fits one line, the screen's spaces, English. */
class BulletinTest {
    static final LocalDate DAY = LocalDate.of(2024, 3, 31);

    @RegisterExtension
    TestLedger ledger = TestLedger.empty("北疆市2024年改革任务台账", 2024).at("2024-03-01T02:00:00Z");

    @AfterEach
    void chinese() {
        I18n.use(Locale.SIMPLIFIED_CHINESE);
    }

    private Summary summary() {
        return SummaryBuilder.build(ledger.service(), SummaryBuilder.Request.quarterTo(DAY), ZoneId.of("Asia/Shanghai"),
                DAY);
    }

    @Test
    void anEmptyLedgerSaysSoAndStillMakesADocument() throws Exception {
        Bulletin b = Bulletin.of(summary(), Bulletin.Options.NONE, DAY);
        assertEquals("关于2024年改革任务推进情况的通报", b.title(), "a short title on one line, from the year on");
        assertEquals(List.of("一、总体情况", "二、各领域推进情况", "三、存在的问题", "四、下一步工作"),
                b.parts().stream().map(Bulletin.Part::heading).toList());
        assertEquals("台账中没有在办任务。", b.parts().get(1).paragraphs().get(0).text());
        List<Bulletin.Paragraph> problems = b.parts().get(2).paragraphs();
        assertEquals("截至2024年3月31日，没有逾期未完成的任务。", problems.get(0).text());
        assertEquals("没有牵头单位报告推进滞后的任务。", problems.get(1).text());
        assertTrue(b.parts().get(3).paragraphs().get(0).toFill());
        assertEquals("", b.office(), "left to fill");
        assertEquals("2024年3月31日", b.date());
        assertEquals("关于2024年改革任务推进情况的通报（截至2024-03-31）", Bulletin.fileName(summary()));
        assertTrue(b.source().contains(summary().code().text()));
        var file = ledger.dir().resolve("空.docx");
        BulletinDocument.write(b, file, false);
        assertTrue(Files.size(file) > 0);
    }

    @Test
    void theScreensSpacesAroundFiguresAreTakenOutOfChineseOnly() {
        assertEquals("台账共有任务83项（含具体举措），完成率46.8%；按期完成率—。",
                Bulletin.tight("台账共有任务 83 项（含具体举措），完成率 46.8%；按期完成率 —。"));
        assertEquals("The ledger holds 83 tasks, 46.8% done.", Bulletin.tight("The ledger holds 83 tasks, 46.8% done."));
        assertEquals(20.0, Bulletin.width("关于2023年全面深化改革任务推进情况的通报"));
    }

    @Test
    void theBulletinSpeaksEnglishWhenAsked() {
        I18n.use(Locale.ENGLISH);
        Bulletin b = Bulletin.of(summary(), new Bulletin.Options("To the lead units:", "The reform office"), DAY);
        assertEquals("Bulletin on the progress of 2024年改革任务", b.title());
        assertEquals("1. Overview", b.parts().get(0).heading());
        assertTrue(b.parts().get(0).paragraphs().get(0).text().startsWith("As of 2024年3月31日: The ledger holds 0 tasks"),
                b.parts().get(0).paragraphs().get(0).text());
        assertEquals("The reform office", b.office());
        assertEquals("Bulletin on the progress of 2024年改革任务 (as of 2024-03-31)", Bulletin.fileName(summary()));
        assertFalse(b.recipients().isEmpty());
        assertEquals(0, summary().count(Status.BEHIND));
    }

    /**
     * A list of more than {@link Bulletin#LISTED} tasks names the first of them (the most days late
     * first) and counts the rest, sending the reader to the report; its figures stay the whole
     * ledger's.
     */
    @Test
    void aLongListNamesTheMostOverdueAndCountsTheRest() {
        int n = Bulletin.LISTED + 5;
        List<org.taizhang.core.task.Task> drafts = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) { // deadlines one day apart: task 1 the most overdue
            drafts.add(org.taizhang.core.task.Task.builder().number((i + 1) + ".").domain("经济体制改革")
                    .title("任务" + (i + 1)).leadUnits(org.taizhang.core.task.UnitList.parse("市财政局"))
                    .deadline(LocalDate.of(2023, 9, 1).plusDays(i).toString()).status(Status.BEHIND).build());
        }
        ledger.service().commit(org.taizhang.core.history.AdjustmentType.IMPORT,
                org.taizhang.core.ledger.Note.by("测试"), drafts);
        List<String> problems = Bulletin.of(summary(), Bulletin.Options.NONE, DAY).parts().get(2).paragraphs().stream()
                .map(Bulletin.Paragraph::text).toList();
        assertTrue(problems.get(0).contains("逾期未完成任务" + n + "项"), problems.get(0));
        assertTrue(problems.get(1).startsWith("1.任务1（"), problems.get(1));
        assertTrue(problems.get(Bulletin.LISTED).startsWith(Bulletin.LISTED + ".任务" + Bulletin.LISTED + "（"),
                problems.get(Bulletin.LISTED));
        assertEquals("以上按逾期天数由多到少列出前" + Bulletin.LISTED + "项，另有5项未逐项列出，详见同期报表。",
                problems.get(Bulletin.LISTED + 1));
        int behind = Bulletin.LISTED + 2;
        assertEquals("各牵头单位报告推进滞后的任务" + n + "项：", problems.get(behind));
        assertEquals("以上列出前" + Bulletin.LISTED + "项，另有5项未逐项列出，详见同期报表。",
                problems.get(behind + Bulletin.LISTED + 1));
        assertEquals(2 * (Bulletin.LISTED + 2) + 1, problems.size(), "two lists cut, and the units' line");
    }
}
