package org.taizhang.ui.help;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.taizhang.core.I18n;

/**
 * What 关于 says: the program's version, the Java and JavaFX it runs on, where it keeps its files,
 * and the libraries it carries with their licences (org/taizhang/help/libraries.tsv).
 */
public final class AboutViewModel {
    /** A bundled library: its artifact, version, name and licence. */
    public record Library(String artifact, String version, String name, String licence, String site) {
    }

    private final String version;
    private final String dataFolder;
    private final String logFile;

    /** {@code version} as the jar's manifest gives it, null when run from the sources. */
    public AboutViewModel(String version, String dataFolder, String logFile) {
        this.version = version;
        this.dataFolder = dataFolder;
        this.logFile = logFile;
    }

    public String version() {
        return I18n.text("about.version", version == null ? I18n.text("about.devVersion") : version);
    }

    public String runtime() {
        return I18n.text("about.runtime", System.getProperty("java.version"),
                System.getProperty("javafx.runtime.version", "?"), System.getProperty("os.name"));
    }

    public String files() {
        return I18n.text("about.files", dataFolder, logFile);
    }

    /** The bundled libraries, one row per artifact. */
    public static List<Library> libraries() {
        List<Library> out = new ArrayList<>();
        try (InputStream in = AboutViewModel.class.getResourceAsStream("/org/taizhang/help/libraries.tsv")) {
            if (in == null) {
                return out;
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] f = line.split("\t");
                if (!line.startsWith("#") && f.length >= 5) {
                    out.add(new Library(f[0], f[1], f[2], f[3], f[4]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
