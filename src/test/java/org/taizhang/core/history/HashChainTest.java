package org.taizhang.core.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.taizhang.core.task.TaskField;

/**
 * The seal covers every part of a record: change any one of them behind the program's back and
 * the record's hash no longer matches. (Mutation testing found that dropping a part from the hash
 * failed no test of core.)
 */
class HashChainTest {
    private static final Adjustment BASE = new Adjustment(7, AdjustmentType.DEADLINE, "会议同意延期", "深改委〔2023〕5号",
            "赵静", Instant.parse("2023-06-20T02:00:00Z"), Source.file("市医保局.xlsx", "ab12"), 3L,
            List.of(new TaskChange(26, TaskChange.Kind.UPDATE,
                    List.of(new FieldChange(TaskField.DEADLINE, "6月底前", "9月底前")))), "f00d", "");

    private static Adjustment copy(long id, AdjustmentType type, String reason, String basis, String operator,
            Instant time, Source source, Long undoes, List<TaskChange> changes, String previous) {
        return new Adjustment(id, type, reason, basis, operator, time, source, undoes, changes, previous, "");
    }

    private static List<TaskChange> change(long task, TaskChange.Kind kind, TaskField field, String before,
            String after) {
        return List.of(new TaskChange(task, kind, List.of(new FieldChange(field, before, after))));
    }

    @Test
    void theHashIsTheSameForTheSameRecord() {
        Adjustment a = BASE;
        assertEquals(HashChain.hash(BASE), HashChain.hash(copy(a.id(), a.type(), a.reason(), a.basis(), a.operator(),
                a.time(), a.source(), a.undoes(), a.changes(), a.previousHash())));
        assertEquals(64, HashChain.hash(BASE).length(), "SHA-256 in hex");
    }

    @Test
    void everyPartOfARecordIsSealed() {
        Adjustment b = BASE;
        Map<String, Adjustment> altered = new LinkedHashMap<>();
        altered.put("previous hash", copy(b.id(), b.type(), b.reason(), b.basis(), b.operator(), b.time(), b.source(),
                b.undoes(), b.changes(), "f00e"));
        altered.put("id", copy(8, b.type(), b.reason(), b.basis(), b.operator(), b.time(), b.source(), b.undoes(),
                b.changes(), b.previousHash()));
        altered.put("type", copy(b.id(), AdjustmentType.WORDING, b.reason(), b.basis(), b.operator(), b.time(),
                b.source(), b.undoes(), b.changes(), b.previousHash()));
        altered.put("reason", copy(b.id(), b.type(), "会议同意", b.basis(), b.operator(), b.time(), b.source(),
                b.undoes(), b.changes(), b.previousHash()));
        altered.put("basis", copy(b.id(), b.type(), b.reason(), "", b.operator(), b.time(), b.source(), b.undoes(),
                b.changes(), b.previousHash()));
        altered.put("operator", copy(b.id(), b.type(), b.reason(), b.basis(), "刘洋", b.time(), b.source(),
                b.undoes(), b.changes(), b.previousHash()));
        altered.put("time", copy(b.id(), b.type(), b.reason(), b.basis(), b.operator(), b.time().plusSeconds(1),
                b.source(), b.undoes(), b.changes(), b.previousHash()));
        altered.put("source kind", copy(b.id(), b.type(), b.reason(), b.basis(), b.operator(), b.time(),
                new Source(Source.Kind.MANUAL, "市医保局.xlsx", "ab12"), b.undoes(), b.changes(), b.previousHash()));
        altered.put("source file", copy(b.id(), b.type(), b.reason(), b.basis(), b.operator(), b.time(),
                Source.file("市财政局.xlsx", "ab12"), b.undoes(), b.changes(), b.previousHash()));
        altered.put("source SHA-256", copy(b.id(), b.type(), b.reason(), b.basis(), b.operator(), b.time(),
                Source.file("市医保局.xlsx", "ab13"), b.undoes(), b.changes(), b.previousHash()));
        altered.put("undoes", copy(b.id(), b.type(), b.reason(), b.basis(), b.operator(), b.time(), b.source(), null,
                b.changes(), b.previousHash()));
        altered.put("no changes", copy(b.id(), b.type(), b.reason(), b.basis(), b.operator(), b.time(), b.source(),
                b.undoes(), List.of(), b.previousHash()));
        altered.put("task", copy(b.id(), b.type(), b.reason(), b.basis(), b.operator(), b.time(), b.source(),
                b.undoes(), change(27, TaskChange.Kind.UPDATE, TaskField.DEADLINE, "6月底前", "9月底前"),
                b.previousHash()));
        altered.put("change kind", copy(b.id(), b.type(), b.reason(), b.basis(), b.operator(), b.time(), b.source(),
                b.undoes(), change(26, TaskChange.Kind.CREATE, TaskField.DEADLINE, "6月底前", "9月底前"),
                b.previousHash()));
        altered.put("field", copy(b.id(), b.type(), b.reason(), b.basis(), b.operator(), b.time(), b.source(),
                b.undoes(), change(26, TaskChange.Kind.UPDATE, TaskField.DELIVERABLE, "6月底前", "9月底前"),
                b.previousHash()));
        altered.put("value before", copy(b.id(), b.type(), b.reason(), b.basis(), b.operator(), b.time(), b.source(),
                b.undoes(), change(26, TaskChange.Kind.UPDATE, TaskField.DEADLINE, "5月底前", "9月底前"),
                b.previousHash()));
        altered.put("value after", copy(b.id(), b.type(), b.reason(), b.basis(), b.operator(), b.time(), b.source(),
                b.undoes(), change(26, TaskChange.Kind.UPDATE, TaskField.DEADLINE, "6月底前", "10月底前"),
                b.previousHash()));
        String sealed = HashChain.hash(BASE);
        altered.forEach((part, a) -> assertNotEquals(sealed, HashChain.hash(a), part + " is not in the seal"));
    }

    @Test
    void textIsSealedWithItsLengthSoPartsCannotSlideIntoEachOther() {
        Adjustment a = copy(1, AdjustmentType.EDIT, "ab", "c", "x", BASE.time(), Source.MANUAL, null, List.of(), "");
        Adjustment b = copy(1, AdjustmentType.EDIT, "a", "bc", "x", BASE.time(), Source.MANUAL, null, List.of(), "");
        assertNotEquals(HashChain.hash(a), HashChain.hash(b));
    }

    @Test
    void aDetailIsSealedAndNoDetailLeavesTheOldSeal() {
        assertEquals(HashChain.hash(BASE), HashChain.hash(BASE.withDetail("")),
                "records written before details existed keep their hashes");
        assertNotEquals(HashChain.hash(BASE.withDetail("{\"request\":1}")),
                HashChain.hash(BASE.withDetail("{\"request\":2}")));
        assertEquals("{\"request\":1}", BASE.withDetail("{\"request\":1}").sealed("f00d").detail());
    }

    /** The seal of a record is fixed for good: every ledger's chain was sealed so (the value computed before the streamed hash). */
    @Test
    void theSealOfARecordNeverChanges() {
        assertEquals("8340eb79d3cc3085a0eac6421e491e48972ebd5a9f02b02b50b1fbc5ab6c31af", HashChain.hash(BASE.withDetail("{\"request\":1}")));
    }

    @Test
    void aRecordHashedAsItsChangesArriveHasTheHashOfTheWholeRecord() {
        List<TaskChange> changes = List.of(BASE.changes().get(0), new TaskChange(27, TaskChange.Kind.CREATE,
                List.of(new FieldChange(TaskField.TITLE, "", "新任务"), new FieldChange(TaskField.NUMBER, "", "3."))));
        Adjustment whole = copy(8, AdjustmentType.IMPORT, "导入", "", "赵静", BASE.time(), BASE.source(), null, changes,
                "beef").withDetail("{\"request\":1}");
        HashChain.Sealing seal = HashChain.start(LogWalk.record(whole), changes.size());
        changes.forEach(seal::change);
        assertEquals(HashChain.hash(whole), seal.hash());

        HashChain.Sealing short1 = HashChain.start(LogWalk.record(whole), changes.size());
        short1.change(changes.get(0));
        assertNotEquals(HashChain.hash(whole), short1.hash(), "a change left out is not the record");
    }
}
