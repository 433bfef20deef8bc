package org.taizhang.ui.main;

import java.util.List;
import java.util.Optional;
import org.taizhang.core.task.Task;
import org.taizhang.ui.ReasonPrompt;
import org.taizhang.ui.edit.TaskEditViewModel;
import org.taizhang.ui.newledger.NewLedgerViewModel;

/**
 * The questions the main window asks the clerk. The window answers with dialogs
 * ({@link FxMainDialogs}); view-model tests answer with scripted replies.
 */
public interface MainDialogs extends ReasonPrompt {

    /** The operator's name: asked once, then remembered. Empty when the clerk declines. */
    Optional<String> operator();

    /** Shows the task form; the task as edited, or empty when cancelled. */
    Optional<Task> editTask(TaskEditViewModel form);

    /** Picks one of {@code among} (the task another is merged into). */
    Optional<Task> chooseTask(String question, List<Task> among);

    /** The parts a task is split into (title each, numbered (1), (2) …). */
    Optional<List<Task>> splitParts(Task whole);

    /** Asks a new ledger's title and year; empty when cancelled. */
    Optional<NewLedgerViewModel.Choice> newLedger(NewLedgerViewModel form);

    /** Tells the clerk something: a failure or a notice. */
    void tell(String message);
}
