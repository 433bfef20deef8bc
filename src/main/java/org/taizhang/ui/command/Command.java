package org.taizhang.ui.command;

import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;

/**
 * What one {@link StandardAction} does in a window, and when it can be done. The view model owns
 * it; {@link ActionFactory} shows it as menu item, toolbar button and context entry, all enabled by
 * the same {@link #executableProperty()}. Executing a command that cannot run does nothing, so a
 * shortcut pressed at the wrong moment changes nothing.
 */
public final class Command {
    private static final ObservableBooleanValue ALWAYS = new ReadOnlyBooleanWrapper(true).getReadOnlyProperty();

    private final BooleanExpression executable;
    private final Runnable action;

    private Command(ObservableBooleanValue executable, Runnable action) {
        this.executable = BooleanExpression.booleanExpression(executable);
        this.action = action;
    }

    public static Command of(ObservableBooleanValue when, Runnable action) {
        return new Command(when, action);
    }

    public static Command always(Runnable action) {
        return new Command(ALWAYS, action);
    }

    public BooleanExpression executableProperty() {
        return executable;
    }

    public boolean isExecutable() {
        return executable.get();
    }

    public void execute() {
        if (executable.get()) {
            action.run();
        }
    }
}
