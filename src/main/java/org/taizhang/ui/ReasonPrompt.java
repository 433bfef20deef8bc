package org.taizhang.ui;

import java.util.List;
import java.util.Optional;
import org.taizhang.core.history.AdjustmentType;
import org.taizhang.core.ledger.Note;

/**
 * Asks the clerk why a structural adjustment is made (理由, required) and on what basis (文号 or
 * 会议), showing what it will change; the operator comes from the preferences. Empty when the
 * clerk cancels. The window answers with a dialog; view-model tests answer with a fixed note.
 */
@FunctionalInterface
public interface ReasonPrompt {

    /**
     * @param type    the adjustment about to be made
     * @param changes lines saying what it will change ("完成时限：6月底前 → 9月底前")
     */
    Optional<Note> ask(AdjustmentType type, List<String> changes);
}
