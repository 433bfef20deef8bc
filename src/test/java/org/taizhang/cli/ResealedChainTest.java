package org.taizhang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.ledger.SettableClock;
import org.taizhang.store.OpenLedger;

/**
 * Someone with the program's own code rewrites a record's reason and re-seals the chain after it,
 * so the file vouches for itself again: plain verify cannot tell, the check code on an earlier PDF
 * can. And the link between records is checked on its own: a record whose previous hash was changed
 * and whose own hash was recomputed is caught by the link alone.
 */
class ResealedChainTest {
    @TempDir
    Path dir;
    Path file;
    SettableClock clock = SettableClock.at("2026-11-27T08:00:00Z");

    CliRun run(String... args) {
        return CliRun.of(clock, args);
    }

    @BeforeEach
    void sample() {
        file = dir.resolve("x.taizhang");
        assertEquals(0, run("demo", file.toString()).code());
    }

    private List<Adjustment> log() {
        try (OpenLedger l = OpenLedger.openForReading(file, clock)) {
            return l.service().log();
        }
    }

    /** The check code printed in the footer of a PDF report, read back from the PDF. */
    private String codeFromPdf(String asOf) throws Exception {
        Path pdf = dir.resolve("报表" + asOf + ".pdf");
        CliRun r = run("report", file.toString(), "--as-of", asOf, "--pdf", pdf.toString());
        assertEquals(0, r.code(), r.err());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            Matcher m = Pattern.compile("校验码 (\\S+)").matcher(new PDFTextStripper().getText(doc));
            assertTrue(m.find(), "the footer carries the code");
            return m.group(1);
        }
    }

    /**
     * Rewrites records from {@code first} on behind the program's back: each is changed by {@code edit},
     * then sealed again onto the chain before it, and the recorded head follows.
     */
    private void rewrite(long first, UnaryOperator<Adjustment> edit, boolean resealLater) throws Exception {
        List<Adjustment> log = log();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = db.createStatement()) {
            s.execute("DROP TRIGGER adjustment_no_update");
            String previous = log.get((int) first - 2).hash();
            try (PreparedStatement update = db.prepareStatement(
                    "UPDATE adjustment SET reason = ?, previous_hash = ?, hash = ? WHERE id = ?")) {
                for (Adjustment a : log.subList((int) first - 1, log.size())) {
                    Adjustment edited = a.id() == first ? edit.apply(a) : a;
                    Adjustment sealed = a.id() == first || resealLater
                            ? edited.sealed(a.id() == first ? edited.previousHash() : previous) : a;
                    update.setString(1, sealed.reason());
                    update.setString(2, sealed.previousHash());
                    update.setString(3, sealed.hash());
                    update.setLong(4, a.id());
                    update.executeUpdate();
                    previous = sealed.hash();
                    if (!resealLater) {
                        break;
                    }
                }
            }
            if (resealLater) {
                s.execute("UPDATE ledger_meta SET value = '" + previous + "' WHERE key = 'log_head'");
            }
        }
    }

    @Test
    void aReSealedChainPassesVerifyButNotTheCodeOnPaper() throws Exception {
        String yearEnd = codeFromPdf("2023-12-31");
        String early = codeFromPdf("2023-06-30");
        assertTrue(yearEnd.startsWith(log().size() + "-"), yearEnd);
        CliRun whole = run("verify", file.toString(), "--code", yearEnd);
        assertEquals(0, whole.code(), whole.out());
        assertTrue(whole.out().contains("与纸面校验码 " + yearEnd + " 相符"), whole.out());

        String original = log().get(119).reason();
        rewrite(120, a -> new Adjustment(a.id(), a.type(), "另一个理由", a.basis(), a.operator(), a.time(), a.source(),
                a.undoes(), a.changes(), a.previousHash(), a.hash()), true);
        assertNotEquals(original, log().get(119).reason());

        CliRun plain = run("verify", file.toString());
        assertEquals(0, plain.code(), "a re-sealed chain vouches for itself: " + plain.out());
        assertTrue(plain.out().startsWith("台账完好"), plain.out());

        CliRun paper = run("verify", file.toString(), "--code", yearEnd);
        assertEquals(3, paper.code(), paper.out());
        assertTrue(paper.out().contains("与纸面校验码 " + yearEnd + " 不符：第 " + log().size() + " 次调整已不是纸面所示的那一次"),
                paper.out());
        assertTrue(paper.err().contains("不符"), paper.err());

        long before = Long.parseLong(early.substring(0, early.indexOf('-')));
        assertTrue(before < 120, "the half-year report came before the rewritten record: " + early);
        CliRun older = run("verify", file.toString(), "--code", early);
        assertEquals(0, older.code(), "the history that paper shows is untouched: " + older.out());
        assertTrue(older.out().contains("其后又有 " + (log().size() - before) + " 次调整"), older.out());
    }

    @Test
    void aCodeNamingMoreAdjustmentsThanTheLedgerHoldsFails() throws Exception {
        String code = codeFromPdf("2023-12-31");
        long count = Long.parseLong(code.substring(0, code.indexOf('-')));
        String more = (count + 5) + code.substring(code.indexOf('-'));
        CliRun r = run("verify", file.toString(), "--code", more);
        assertEquals(3, r.code(), r.out());
        assertTrue(r.out().contains("台账只有 " + count + " 次调整，少于纸面所示的 " + (count + 5) + " 次"), r.out());
        CliRun typo = run("verify", file.toString(), "--code", "12-34");
        assertEquals(1, typo.code());
        assertTrue(typo.err().contains("“12-34”不是校验码"), typo.err());
    }

    @Test
    void aRecordLinkedToTheWrongPredecessorIsCaughtByTheLinkAlone() throws Exception {
        // Record 150 now claims another predecessor; its own hash is recomputed so it is whole in itself,
        // and nothing else changed: only the check of the link can see it.
        rewrite(150, a -> new Adjustment(a.id(), a.type(), a.reason(), a.basis(), a.operator(), a.time(), a.source(),
                a.undoes(), a.changes(), log().get(147).hash(), a.hash()), false);
        CliRun r = run("verify", file.toString());
        assertEquals(3, r.code(), r.out());
        assertEquals("台账记录自第 150 条起与校验链不符，可能被程序以外的方式改动过", r.out().lines().findFirst().orElseThrow());
        assertTrue(r.out().contains("第 150 条调整记录与上一条记录的校验值不衔接"), r.out());
        assertTrue(!r.out().contains("内容与其校验值不符"), "every record is whole in itself: " + r.out());
    }
}
