package org.taizhang.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.taizhang.core.history.AdjustmentType;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.task.Task;
import org.taizhang.ui.batch.BatchEditViewModel;
import org.taizhang.ui.dialog.DialogService;
import org.taizhang.ui.dialog.FileType;
import org.taizhang.ui.edit.TaskEditViewModel;
import org.taizhang.ui.newledger.NewLedgerViewModel;
import org.taizhang.ui.request.DecisionFormViewModel;
import org.taizhang.ui.request.RequestFormViewModel;

/**
 * The clerk's answers, written down in advance: each question takes the next scripted answer of
 * its kind, and with none left it is answered as a cancel. What was asked is kept for the test.
 */
public final class ScriptedDialogs implements DialogService {
    public String operator = "赵静";
    public final Deque<Function<TaskEditViewModel, Optional<Task>>> edits = new ArrayDeque<>();
    public final Deque<Optional<Note>> notes = new ArrayDeque<>();
    public final Deque<Function<List<Task>, Optional<Task>>> choices = new ArrayDeque<>();
    public final Deque<Optional<List<Task>>> splits = new ArrayDeque<>();
    public final Deque<Function<NewLedgerViewModel, Optional<NewLedgerViewModel.Choice>>> newLedgers = new ArrayDeque<>();
    /** Answers to 连接服务器台账, in order; each sees the form as the program filled it. */
    public final Deque<Function<org.taizhang.ui.connect.ConnectViewModel,
            Optional<org.taizhang.ui.connect.ConnectViewModel.Choice>>> connects = new ArrayDeque<>();
    public final Deque<Boolean> confirms = new ArrayDeque<>();
    public final Deque<String> texts = new ArrayDeque<>();
    /** Files chosen to open or save to, and folders, in the order they will be asked for. */
    public final Deque<Path> files = new ArrayDeque<>();
    public final List<String> told = new ArrayList<>();
    public final List<String> asked = new ArrayList<>();
    public final List<AdjustmentType> askedFor = new ArrayList<>();
    public final List<List<String>> askedLines = new ArrayList<>();
    public final List<TaskEditViewModel> forms = new ArrayList<>();

    @Override
    public Optional<String> operator() {
        return Optional.ofNullable(operator);
    }

    @Override
    public Optional<Task> editTask(TaskEditViewModel form) {
        forms.add(form);
        return edits.isEmpty() ? Optional.empty() : edits.pop().apply(form);
    }

    @Override
    public Optional<Task> chooseTask(String question, List<Task> among) {
        asked.add(question);
        return choices.isEmpty() ? Optional.empty() : choices.pop().apply(among);
    }

    @Override
    public Optional<List<Task>> splitParts(Task whole) {
        return splits.isEmpty() ? Optional.empty() : splits.pop();
    }

    /** The request forms shown, and what the clerk does with each in turn. */
    public final List<RequestFormViewModel> requestForms = new ArrayList<>();
    public final Deque<Function<RequestFormViewModel, Optional<RequestFormViewModel.Draft>>> requests =
            new ArrayDeque<>();

    /** The 批量修改 forms shown, and what the clerk does with each in turn (true: saves). */
    public final List<BatchEditViewModel> batchForms = new ArrayList<>();
    public final Deque<java.util.function.Predicate<BatchEditViewModel>> batches = new ArrayDeque<>();

    @Override
    public boolean batchEdit(BatchEditViewModel form) {
        batchForms.add(form);
        return !batches.isEmpty() && batches.pop().test(form);
    }

    /** The decision forms shown, and what the clerk does with each in turn. */
    public final List<DecisionFormViewModel> decisionForms = new ArrayList<>();
    public final Deque<Function<DecisionFormViewModel, Optional<DecisionFormViewModel.Decisions>>> decisions =
            new ArrayDeque<>();

    @Override
    public Optional<DecisionFormViewModel.Decisions> decisions(DecisionFormViewModel form) {
        decisionForms.add(form);
        return decisions.isEmpty() ? Optional.empty() : decisions.pop().apply(form);
    }

    @Override
    public Optional<RequestFormViewModel.Draft> newRequest(RequestFormViewModel form) {
        requestForms.add(form);
        return requests.isEmpty() ? Optional.empty() : requests.pop().apply(form);
    }

    @Override
    public Optional<NewLedgerViewModel.Choice> newLedger(NewLedgerViewModel form) {
        return newLedgers.isEmpty() ? Optional.empty() : newLedgers.pop().apply(form);
    }

    @Override
    public Optional<org.taizhang.ui.connect.ConnectViewModel.Choice> connect(org.taizhang.ui.connect.ConnectViewModel form) {
        return connects.isEmpty() ? Optional.empty() : connects.pop().apply(form);
    }

    @Override
    public void tell(String message) {
        told.add(message);
    }

    /** The files the clerk was told were written (and offered their folder). */
    public final List<Path> written = new ArrayList<>();

    @Override
    public void written(Path file) {
        written.add(file);
        told.add(org.taizhang.core.I18n.text("exporting.done", file));
    }

    @Override
    public boolean confirm(String question, String yes) {
        asked.add(question);
        return !confirms.isEmpty() && confirms.pop();
    }

    /** The two-answer questions' answers, in turn (true: the first answer); none scripted: the second. */
    public final Deque<Boolean> choices2 = new ArrayDeque<>();

    @Override
    public boolean choose(String question, String details, String yes, String no) {
        asked.add(question + "\n" + details);
        return !choices2.isEmpty() && choices2.pop();
    }

    @Override
    public Optional<String> askText(String question, String label, String initial) {
        asked.add(question);
        return texts.isEmpty() ? Optional.empty() : Optional.of(texts.pop());
    }

    /** The user's preferences, where the last folders are kept; the folder a dialog falls back to. */
    public UserPrefs prefs = new MemoryPrefs();
    public Path home = Path.of(System.getProperty("java.io.tmpdir"));
    /** The folder each file or folder dialog was shown in, in order. */
    public final List<Path> startedIn = new ArrayList<>();

    @Override
    public org.taizhang.ui.dialog.LastFolders folders() {
        return new org.taizhang.ui.dialog.LastFolders(prefs, () -> home);
    }

    @Override
    public Optional<Path> pickFile(Path start, FileType... types) {
        startedIn.add(start);
        return Optional.ofNullable(files.poll());
    }

    @Override
    public List<Path> pickFiles(Path start, FileType... types) {
        startedIn.add(start);
        List<Path> out = new ArrayList<>(files);
        files.clear();
        return out;
    }

    @Override
    public Optional<Path> pickSaveFile(String name, Path start, FileType... types) {
        startedIn.add(start);
        asked.add(name);
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<Path> pickFolder(String title, Path start) {
        startedIn.add(start);
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<Note> ask(AdjustmentType type, List<String> changes) {
        askedFor.add(type);
        askedLines.add(changes);
        return notes.isEmpty() ? Optional.empty() : notes.pop();
    }
}
