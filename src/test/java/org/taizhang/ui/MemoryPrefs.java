package org.taizhang.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Preferences in a map, for tests. */
public final class MemoryPrefs implements UserPrefs {
    private final Map<String, String> values = new HashMap<>();

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    @Override
    public void put(String key, String value) {
        values.put(key, value);
    }
}
