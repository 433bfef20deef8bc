package org.taizhang.ui.main;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.taizhang.core.history.AdjustmentType;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.task.Task;
import org.taizhang.ui.edit.TaskEditViewModel;
import org.taizhang.ui.newledger.NewLedgerViewModel;

/** The clerk's answers, written down in advance; what was asked is kept for the test to check. */
final class ScriptedDialogs implements MainDialogs {
    String operator = "赵静";
    final Deque<Function<TaskEditViewModel, Optional<Task>>> edits = new ArrayDeque<>();
    final Deque<Optional<Note>> notes = new ArrayDeque<>();
    final Deque<Function<List<Task>, Optional<Task>>> choices = new ArrayDeque<>();
    final Deque<Optional<List<Task>>> splits = new ArrayDeque<>();
    final Deque<Function<NewLedgerViewModel, Optional<NewLedgerViewModel.Choice>>> newLedgers = new ArrayDeque<>();
    final List<String> told = new ArrayList<>();
    final List<AdjustmentType> askedFor = new ArrayList<>();
    final List<List<String>> askedLines = new ArrayList<>();

    @Override
    public Optional<String> operator() {
        return Optional.ofNullable(operator);
    }

    @Override
    public Optional<Task> editTask(TaskEditViewModel form) {
        return edits.isEmpty() ? Optional.empty() : edits.pop().apply(form);
    }

    @Override
    public Optional<Task> chooseTask(String question, List<Task> among) {
        return choices.isEmpty() ? Optional.empty() : choices.pop().apply(among);
    }

    @Override
    public Optional<List<Task>> splitParts(Task whole) {
        return splits.isEmpty() ? Optional.empty() : splits.pop();
    }

    @Override
    public Optional<NewLedgerViewModel.Choice> newLedger(NewLedgerViewModel form) {
        return newLedgers.isEmpty() ? Optional.empty() : newLedgers.pop().apply(form);
    }

    @Override
    public void tell(String message) {
        told.add(message);
    }

    @Override
    public Optional<Note> ask(AdjustmentType type, List<String> changes) {
        askedFor.add(type);
        askedLines.add(changes);
        return notes.isEmpty() ? Optional.empty() : notes.pop();
    }
}
