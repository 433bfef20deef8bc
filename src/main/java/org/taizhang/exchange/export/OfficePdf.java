package org.taizhang.exchange.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.taizhang.core.LedgerException;
import org.taizhang.store.ScratchFolder;

/**
 * A Word document turned into PDF by LibreOffice ({@code soffice --headless --convert-to pdf}),
 * the way the office's own PCs would print it. Where LibreOffice is not installed the caller is
 * told so ({@code export.noOffice}); nothing here draws the document a second time.
 */
public final class OfficePdf {
    /** How the folder of LibreOffice's settings for one run is named in the temporary files. */
    static final String PROFILE = "taizhang-lo";

    private static final List<String> PLACES = List.of("/usr/bin/soffice", "/usr/local/bin/soffice",
            "/opt/libreoffice/program/soffice", "C:\\Program Files\\LibreOffice\\program\\soffice.exe",
            "/Applications/LibreOffice.app/Contents/MacOS/soffice");

    private OfficePdf() {
    }

    /** Where soffice is, or null. */
    public static Path soffice() {
        for (String p : PLACES) {
            if (Files.isExecutable(Path.of(p))) {
                return Path.of(p);
            }
        }
        return null;
    }

    /** Converts the .docx files into PDFs beside them (same names, .pdf); returns the PDFs. */
    public static List<Path> convert(List<Path> docx) {
        Path office = soffice();
        if (office == null) {
            throw new LedgerException("export.noOffice");
        }
        if (docx.isEmpty()) {
            return List.of();
        }
        // LibreOffice's own settings for this run, in a folder deleted after: half a MB left each time otherwise
        try (ScratchFolder profile = ScratchFolder.make(PROFILE)) {
            List<String> cmd = new java.util.ArrayList<>(List.of(office.toString(), "--headless",
                    "-env:UserInstallation=" + profile.path().toUri(), "--convert-to", "pdf", "--outdir",
                    docx.get(0).toAbsolutePath().getParent().toString()));
            docx.forEach(d -> cmd.add(d.toAbsolutePath().toString()));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(300, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new LedgerException("export.officeFailed", "timeout");
            }
            List<Path> out = docx.stream().map(d -> d.resolveSibling(
                    d.getFileName().toString().replaceFirst("\\.docx$", "") + ".pdf")).toList();
            for (Path pdf : out) {
                if (!Files.exists(pdf)) {
                    throw new LedgerException("export.officeFailed", log.strip());
                }
            }
            return out;
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new LedgerException("export.officeFailed", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LedgerException("export.officeFailed", "interrupted");
        }
    }
}
