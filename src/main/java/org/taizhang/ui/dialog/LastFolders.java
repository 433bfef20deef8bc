package org.taizhang.ui.dialog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.taizhang.ui.UserPrefs;

/**
 * The folder last used for each {@link FolderKind}, kept in the user's preferences so that it
 * survives a restart. A folder that is gone (a USB stick pulled out, a folder deleted) gives way to
 * the user's documents folder, or else the home folder.
 */
public final class LastFolders {
    private final UserPrefs prefs;
    private final Supplier<Path> fallback;

    /** Falling back to the user's documents (or home) folder. */
    public LastFolders(UserPrefs prefs) {
        this(prefs, LastFolders::documents);
    }

    /** @param fallback the folder a dialog starts in when its kind has none (or it is gone) */
    public LastFolders(UserPrefs prefs, Supplier<Path> fallback) {
        this.prefs = prefs;
        this.fallback = fallback;
    }

    /** The folder a dialog for {@code kind} starts in: the last one used, if it is still there. */
    public Path start(FolderKind kind) {
        return remembered(kind).orElseGet(fallback);
    }

    /** The last folder used for {@code kind}, if there is one and it still exists. */
    public Optional<Path> remembered(FolderKind kind) {
        if (kind == null) {
            return Optional.empty();
        }
        return prefs.get(kind.prefKey()).filter(s -> !s.isBlank()).map(Path::of).filter(Files::isDirectory);
    }

    /** Remembers {@code folder} for {@code kind}; a file chosen is remembered by its folder. */
    public void remember(FolderKind kind, Path chosen) {
        if (kind == null || chosen == null) {
            return;
        }
        Path folder = Files.isDirectory(chosen) ? chosen : chosen.toAbsolutePath().getParent();
        if (folder != null && Files.isDirectory(folder)) {
            prefs.put(kind.prefKey(), folder.toAbsolutePath().toString());
        }
    }

    /** The user's documents folder (Documents, 文档, My Documents) when there is one, else home. */
    public static Path documents() {
        Path home = Path.of(System.getProperty("user.home"));
        for (String name : List.of("Documents", "文档", "My Documents")) {
            Path d = home.resolve(name);
            if (Files.isDirectory(d)) {
                return d;
            }
        }
        return home;
    }
}
