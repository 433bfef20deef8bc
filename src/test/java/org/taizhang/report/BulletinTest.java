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
}
