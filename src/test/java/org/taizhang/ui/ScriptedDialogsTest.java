package org.taizhang.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.taizhang.core.history.AdjustmentType;
import org.taizhang.core.ledger.Note;
import org.taizhang.ui.dialog.FileType;

/** The double view-model tests answer questions with: answers in order, and a cancel once they run out. */
class ScriptedDialogsTest {
    ScriptedDialogs dialogs = new ScriptedDialogs();

    @Test
    void answersInTheOrderWrittenThenCancels() {
        dialogs.confirms.add(true);
        dialogs.confirms.add(false);
        assertTrue(dialogs.confirm("恢复为新台账？", "恢复"));
        assertFalse(dialogs.confirm("再问一次？", "是"));
        assertFalse(dialogs.confirm("没有答案了？", "是"), "no answer left: the clerk cancelled");
        assertEquals(List.of("恢复为新台账？", "再问一次？", "没有答案了？"), dialogs.asked);

        dialogs.files.add(Path.of("a.taizhang"));
        assertEquals(Optional.of(Path.of("a.taizhang")), dialogs.openFile(org.taizhang.ui.dialog.FolderKind.LEDGERS, FileType.LEDGER));
        assertEquals(Optional.empty(), dialogs.saveFile("b.xlsx", org.taizhang.ui.dialog.FolderKind.EXPORTS, FileType.XLSX));

        dialogs.texts.add("市数据局");
        assertEquals(Optional.of("市数据局"), dialogs.askText("新名称", "名称", "市大数据中心"));
        assertEquals(Optional.empty(), dialogs.askText("新名称", "名称", ""));
    }

    @Test
    void keepsWhatItWasAskedAndToldAndAnswersTheOperator() {
        Note note = Note.by("赵静", "会议决定", "深改委〔2023〕5号");
        dialogs.notes.add(Optional.of(note));
        assertEquals(Optional.of(note), dialogs.ask(AdjustmentType.DEADLINE, List.of("完成时限：6月底前 → 9月底前")));
        assertEquals(Optional.empty(), dialogs.ask(AdjustmentType.CANCEL, List.of()));
        assertEquals(List.of(AdjustmentType.DEADLINE, AdjustmentType.CANCEL), dialogs.askedFor);
        assertEquals(List.of("完成时限：6月底前 → 9月底前"), dialogs.askedLines.get(0));
        dialogs.tell("已导出");
        assertEquals(List.of("已导出"), dialogs.told);
        assertEquals(Optional.of("赵静"), dialogs.operator());
        dialogs.operator = null;
        assertEquals(Optional.empty(), dialogs.operator(), "a clerk who gives no name changes nothing");
    }
}
