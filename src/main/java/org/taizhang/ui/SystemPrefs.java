package org.taizhang.ui;

import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** {@link UserPrefs} kept by Java's preferences (the registry on Windows, a file under ~/.java elsewhere). */
public final class SystemPrefs implements UserPrefs {
    private final Preferences node;

    public SystemPrefs(Preferences node) {
        this.node = node;
    }

    public static SystemPrefs forUser() {
        return new SystemPrefs(Preferences.userRoot().node("org/taizhang"));
    }

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(node.get(key, null));
    }

    @Override
    public void put(String key, String value) {
        node.put(key, value);
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // kept in memory for this run; remembered next time the store is writable
        }
    }
}
