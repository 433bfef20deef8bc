package org.taizhang.ui.command;

import org.taizhang.core.I18n;

/**
 * The menus of the main window, in their order, each with the letter that opens it with Alt
 * (文件(F), 编辑(E) … as Office and WPS write them). The help's list of shortcuts is grouped by them.
 */
public enum MenuGroup {
    FILE("menu.file", 'F'),
    EDIT("menu.edit", 'E'),
    VIEW("menu.view", 'V'),
    EXPORT("menu.export", 'X'),
    REPORT("menu.report", 'R'),
    SETTINGS("menu.settings", 'S'),
    HELP("menu.help", 'H'),
    /** Not on a menu (the status bar's 取消 of a long piece of work). */
    NONE(null, ' ');

    private final String textKey;
    private final char mnemonic;

    MenuGroup(String textKey, char mnemonic) {
        this.textKey = textKey;
        this.mnemonic = mnemonic;
    }

    /** The menu's words ("文件"). */
    public String text() {
        return textKey == null ? "" : I18n.text(textKey);
    }

    /** The letter Alt takes with it to open the menu. */
    public char mnemonic() {
        return mnemonic;
    }

    /**
     * The menu's text with its mnemonic marked for a menu bar: "文件(_F)" for words without the
     * letter, "_File" for words that have it.
     */
    public String mnemonicText() {
        String words = text();
        int at = words.toUpperCase(java.util.Locale.ROOT).indexOf(mnemonic);
        return at >= 0 ? words.substring(0, at) + "_" + words.substring(at) : words + "(_" + mnemonic + ")";
    }
}
