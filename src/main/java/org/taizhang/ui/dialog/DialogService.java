package org.taizhang.ui.dialog;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.taizhang.core.task.Task;
import org.taizhang.ui.ReasonPrompt;
import org.taizhang.ui.batch.BatchEditViewModel;
import org.taizhang.ui.edit.TaskEditViewModel;
import org.taizhang.ui.request.DecisionFormViewModel;
import org.taizhang.ui.request.RequestFormViewModel;
import org.taizhang.ui.newledger.NewLedgerViewModel;

/**
 * Every question the program asks the clerk, in one place. The window answers with dialogs owned by
 * the window that asks ({@link FxDialogService}), every button in the program's own words; view-model
 * tests answer with a scripted double. Each "ask" is empty when the clerk cancels.
 */
public interface DialogService extends ReasonPrompt {

    /** Tells the clerk something: a notice, or a failure in words (never a stack trace). */
    void tell(String message);

    /** Tells where a file was written, offering to open the folder it is in. */
    void written(Path file);

    /** Asks a yes-or-no question; {@code yes} is the words of the button that agrees. */
    boolean confirm(String question, String yes);

    /**
     * Asks a question, with lines of detail under it, that has two answers, each in words of its
     * own ({@code yes} first, the one to take when unsure); true for {@code yes}. Only {@code no}
     * answers false.
     */
    default boolean choose(String question, String details, String yes, String no) {
        return confirm(question + "\n" + details, yes);
    }

    /** Asks for one line of text, {@code initial} filled in and selected to be typed over. */
    Optional<String> askText(String question, String label, String initial);

    /** The operator's name: asked once, then remembered. */
    Optional<String> operator();

    /** Where each kind of file was last taken from or put, kept for the user. */
    LastFolders folders();

    /**
     * A file to open, of one of {@code types}, starting in the folder last used for {@code kind};
     * the folder of the file chosen is remembered for it.
     */
    default Optional<Path> openFile(FolderKind kind, FileType... types) {
        Optional<Path> chosen = pickFile(folders().start(kind), types);
        chosen.ifPresent(file -> folders().remember(kind, file));
        return chosen;
    }

    /** Several files to open, as {@link #openFile}. */
    default List<Path> openFiles(FolderKind kind, FileType... types) {
        List<Path> chosen = pickFiles(folders().start(kind), types);
        if (!chosen.isEmpty()) {
            folders().remember(kind, chosen.get(0));
        }
        return chosen;
    }

    /**
     * Where to save, suggesting {@code name} in the folder last used for {@code kind}. The file gets
     * the extension of the chosen type when the clerk did not type one; the chooser has asked
     * before replacing a file.
     */
    default Optional<Path> saveFile(String name, FolderKind kind, FileType... types) {
        Optional<Path> chosen = pickSaveFile(name, folders().start(kind), types);
        chosen.ifPresent(file -> folders().remember(kind, file));
        return chosen;
    }

    /** A folder, starting in the one last used for {@code kind}. */
    default Optional<Path> chooseFolder(String title, FolderKind kind) {
        Optional<Path> chosen = pickFolder(title, folders().start(kind));
        chosen.ifPresent(folder -> folders().remember(kind, folder));
        return chosen;
    }

    /** The file chooser itself, opening one file, shown in {@code start}. */
    Optional<Path> pickFile(Path start, FileType... types);

    /** The file chooser itself, opening several files, shown in {@code start}. */
    List<Path> pickFiles(Path start, FileType... types);

    /** The file chooser itself, saving, shown in {@code start} with {@code name} filled in. */
    Optional<Path> pickSaveFile(String name, Path start, FileType... types);

    /** The folder chooser itself, shown in {@code start}. */
    Optional<Path> pickFolder(String title, Path start);

    /** Shows the task form; the task as edited. */
    Optional<Task> editTask(TaskEditViewModel form);

    /** 批量修改 or a pasted column: true when the clerk saves what the form previews. */
    boolean batchEdit(BatchEditViewModel form);

    /** A meeting's decisions on a list of requests: each one's result, one basis and date. */
    Optional<DecisionFormViewModel.Decisions> decisions(DecisionFormViewModel form);

    /** A unit's adjustment request, typed in by the clerk. */
    Optional<RequestFormViewModel.Draft> newRequest(RequestFormViewModel form);

    /** Picks one of {@code among} (the task another is merged into). */
    Optional<Task> chooseTask(String question, List<Task> among);

    /** The parts a task is split into (title each, numbered (1), (2) …). */
    Optional<List<Task>> splitParts(Task whole);

    /** A new ledger's title and year. */
    Optional<NewLedgerViewModel.Choice> newLedger(NewLedgerViewModel form);

    /** A server ledger's address and the password typed for it (连接服务器台账). */
    Optional<org.taizhang.ui.connect.ConnectViewModel.Choice> connect(org.taizhang.ui.connect.ConnectViewModel form);
}
