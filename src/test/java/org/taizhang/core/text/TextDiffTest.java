package org.taizhang.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.taizhang.core.task.TaskField;
import org.taizhang.core.text.TextDiff.Mark;
import org.taizhang.core.text.TextDiff.Run;

class TextDiffTest {

    /** The runs written with their marks: [-removed-] and {+added+}. */
    private static String shown(List<Run> runs) {
        return runs.stream().map(r -> switch (r.mark()) {
            case SAME -> r.text();
            case REMOVED -> "[-" + r.text() + "-]";
            case ADDED -> "{+" + r.text() + "+}";
        }).collect(Collectors.joining());
    }

    private static void assertMarks(String before, String after, TextDiff d) {
        assertEquals(before, shown(d.before()), "before");
        assertEquals(after, shown(d.after()), "after");
    }

    @Test
    void aChangedMonthInADeadlineMarksThatCharacter() {
        assertMarks("[-6-]月底前", "{+9+}月底前", TextDiff.of("6月底前", "9月底前"));
        assertMarks("2023年[-12-]月底前", "2023年{+6+}月底前", TextDiff.of("2023年12月底前", "2023年6月底前"));
    }

    @Test
    void aDateMarksTheChangedNumberWhole() {
        assertMarks("2023-[-06-]-30", "2023-{+09+}-30", TextDiff.of("2023-06-30", "2023-09-30"));
        assertMarks("完成率[-84-].5%", "完成率{+90+}.5%", TextDiff.of("完成率84.5%", "完成率90.5%"));
        assertMarks("[-2023-]年[-12-]月底前", "{+2024+}年{+6+}月底前", TextDiff.of("2023年12月底前", "2024年6月底前"));
        assertMarks("[-2023-]-06-30", "{+2024+}-06-30", TextDiff.of("2023-06-30", "2024-06-30"));
        assertMarks("第[-19-]页", "第{+21+}页", TextDiff.of("第19页", "第21页"));
        assertMarks("跨省通办 [-275-] 项", "跨省通办 {+1200+} 项", TextDiff.of("跨省通办 275 项", "跨省通办 1200 项"));
    }

    @Test
    void chineseProgressTextMarksWhatWasAddedAndRemoved() {
        String before = "1.已完成方案起草。2.正在征求意见。";
        String after = "1.已完成方案起草。2.已报市政府审定。3.下一步组织实施。";
        TextDiff d = TextDiff.of(before, after);
        assertEquals(before, d.beforeText());
        assertEquals(after, d.afterText());
        assertMarks("1.已完成方案起草。2.[-正在征求意见-]。", "1.已完成方案起草。2.{+已报市政府审定。3.下一步组织实施+}。", d);
    }

    @Test
    void aSingleCommonCharacterBetweenChangesIsNotLeftUnmarked() {
        // 的 and 制 are in both, alone among changes: marking them "kept" would cut the change into confetti
        TextDiff d = TextDiff.of("健全考核的评价机制", "完善督查督办的激励机制");
        assertMarks("[-健全考核的评价-]机制", "{+完善督查督办的激励+}机制", d);
    }

    @Test
    void aRewrittenTextIsMarkedWhole() {
        assertMarks("[-推进中-]", "{+已完成+}", TextDiff.of("推进中", "已完成"));
        assertMarks("[-深化国资国企改革-]", "{+优化营商环境专项行动+}", TextDiff.of("深化国资国企改革", "优化营商环境专项行动"));
    }

    @Test
    void equalTextsAreNotMarkedAndEmptyOnesAreWhole() {
        TextDiff same = TextDiff.of("上半年", "上半年");
        assertFalse(same.marksAnything());
        assertMarks("上半年", "上半年", same);
        assertMarks("", "{+新写的进展+}", TextDiff.of("", "新写的进展"));
        assertMarks("[-原有备注-]", "", TextDiff.of("原有备注", ""));
        assertEquals(List.of(), TextDiff.of("", "").before());
    }

    @Test
    void unitListsCompareAsLists() {
        TextDiff d = TextDiff.ofList("*市发展改革委、市生态环境局、市财政局", "*市发展改革委、市财政局、市商务局");
        assertMarks("*市发展改革委、[-市生态环境局-]、市财政局", "*市发展改革委、市财政局、{+市商务局+}", d);
        // not character by character: 市财政局 → 市商务局 is one unit for another, not 财政 → 商务
        assertMarks("[-市财政局-]", "{+市商务局+}", TextDiff.ofList("市财政局", "市商务局"));
        assertMarks("市委组织部，[-市人社局-]", "市委组织部，{+市人力资源社会保障局+}",
                TextDiff.ofList("市委组织部，市人社局", "市委组织部，市人力资源社会保障局"));
    }

    @Test
    void theMainLeadsStarIsMarkedAloneWhenItMoves() {
        assertMarks("[-*-]市发展改革委", "{+*东风旗+}、市发展改革委", TextDiff.ofList("*市发展改革委", "*东风旗、市发展改革委"));
        assertMarks("*市财政局、市商务局", "*市财政局、市商务局", TextDiff.ofList("*市财政局、市商务局", "*市财政局、市商务局"));
        // a swap of the main lead: nobody added or removed, the star marked where it went and came
        assertMarks("[-*-]市发展改革委、东风旗", "{+*+}东风旗、市发展改革委", TextDiff.ofList("*市发展改革委、东风旗", "*东风旗、市发展改革委"));
    }

    @Test
    void eachFieldComparesAsItReads() {
        assertMarks("*东风旗、[-市发展改革委-]", "*东风旗、{+市财政局+}",
                TextDiff.of(TaskField.LEAD_UNITS, "*东风旗、市发展改革委", "*东风旗、市财政局"));
        assertMarks("[-推进中-]", "{+已合并+}", TextDiff.of(TaskField.STATUS, "推进中", "已合并"));
        assertMarks("[-2023-]", "{+2024+}", TextDiff.of(TaskField.YEAR, "2023", "2024"));
        assertMarks("[-上-]半年", "{+下+}半年", TextDiff.of(TaskField.DEADLINE, "上半年", "下半年"));
    }

    @Test
    void aLongTextWithOneEditMarksOnlyThatEdit() {
        String common = "深化改革".repeat(20_000); // 80 000 characters each side
        TextDiff d = TextDiff.of(common + "第一阶段" + common, common + "第二阶段" + common);
        assertEquals(3, d.before().size());
        assertEquals(new Run("一", Mark.REMOVED), d.before().get(1));
        assertEquals(new Run("二", Mark.ADDED), d.after().get(1));
    }

    @Test
    void textsTooDifferentToSearchAreMarkedWholeInTheMiddle() {
        Random random = new Random(7);
        String end = "开头相同。".repeat(3000);
        StringBuilder a = new StringBuilder(end);
        StringBuilder b = new StringBuilder(end);
        for (int i = 0; i < 30_000; i++) { // far beyond MAX_LENGTH and MAX_EDITS
            a.append((char) ('一' + random.nextInt(2000)));
            b.append((char) ('一' + random.nextInt(2000)));
        }
        a.append(end);
        b.append(end);
        TextDiff d = TextDiff.of(a.toString(), b.toString());
        assertEquals(a.toString(), d.beforeText());
        assertEquals(b.toString(), d.afterText());
        assertEquals(List.of(Mark.SAME, Mark.REMOVED, Mark.SAME), d.before().stream().map(Run::mark).toList());
        assertEquals(List.of(Mark.SAME, Mark.ADDED, Mark.SAME), d.after().stream().map(Run::mark).toList());
        assertEquals(end, d.before().get(0).text());

        // within the length, beyond the edits: the search gives up, the middle is marked
        String x = a.substring(end.length(), end.length() + 6000);
        String y = b.substring(end.length(), end.length() + 6000);
        TextDiff far = TextDiff.of(end + x + end, end + y + end);
        assertEquals(List.of(new Run(end, Mark.SAME), new Run(x, Mark.REMOVED), new Run(end, Mark.SAME)), far.before());
        // and with little in common the whole text reads as rewritten
        assertEquals(List.of(new Run("甲" + x, Mark.REMOVED)), TextDiff.of("甲" + x, "乙" + y).before());
    }

    @Test
    void manyEditsWithinTheBoundStillFindTheShortestScript() {
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            String a = randomText(random);
            String b = randomText(random);
            TextDiff d = TextDiff.of(a, b);
            assertEquals(a, d.beforeText(), a + " / " + b);
            assertEquals(b, d.afterText(), a + " / " + b);
            assertTrue(d.before().stream().allMatch(r -> r.mark() != Mark.ADDED));
            assertTrue(d.after().stream().allMatch(r -> r.mark() != Mark.REMOVED));
            assertEquals(!a.equals(b), d.marksAnything());
        }
    }

    @Test
    void theShortestScriptIsFound() {
        int[] a = "ABCABBA".chars().toArray();
        int[] b = "CBABAC".chars().toArray();
        List<TextDiff.Op> ops = TextDiff.Myers.diff(a, b, 100);
        int edits = ops.stream().filter(o -> o.kind() != TextDiff.Kind.EQUAL).mapToInt(TextDiff.Op::length).sum();
        assertEquals(5, edits, "the paper's example: D = 5");
        assertEquals(null, TextDiff.Myers.diff(a, b, 4), "given up beyond the bound");
    }

    private static String randomText(Random random) {
        String alphabet = "改革任务推进完成年月底前0123456789，。";
        StringBuilder s = new StringBuilder();
        for (int i = random.nextInt(40); i > 0; i--) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }
}
