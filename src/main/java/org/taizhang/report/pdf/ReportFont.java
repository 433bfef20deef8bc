package org.taizhang.report.pdf;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.taizhang.core.LedgerException;
import org.taizhang.report.layout.Marks;

/**
 * A Chinese TrueType font the PDF can embed, and the widths the layout sets text in. PDFBox
 * embeds only TrueType outlines, so OpenType/CFF fonts (Noto Sans CJK, Source Han) are refused
 * with a message that says so instead of giving a PDF of empty boxes.
 */
public final class ReportFont implements Marks.Metrics, Closeable {
    /** Characters every report prints: a font without them is no use. */
    static final String PROBE = "改革任务台账第页共";

    /** Fonts known to carry Chinese in TrueType outlines, best first, by system. */
    private static final List<String> WELL_KNOWN = List.of(
            "C:/Windows/Fonts/simsun.ttc", "C:/Windows/Fonts/msyh.ttc", "C:/Windows/Fonts/msyh.ttf",
            "C:/Windows/Fonts/simhei.ttf", "C:/Windows/Fonts/simfang.ttf", "C:/Windows/Fonts/simkai.ttf",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", "/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/arphic/uming.ttc", "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/System/Library/Fonts/STHeiti Medium.ttc", "/System/Library/Fonts/STHeiti Light.ttc",
            "/Library/Fonts/Arial Unicode.ttf");

    /** Parts of file names that mark a Chinese font, for the search through font folders. */
    private static final List<String> CHINESE_NAMES = List.of("wqy", "sim", "msyh", "hei", "song", "kai", "fang",
            "ming", "droidsansfallback", "cjk");

    private final Path file;
    private final String family;
    private final TrueTypeFont font;
    private final Closeable owner;
    private final CmapLookup cmap;
    private final float unitsPerEm;
    private final float ascent;
    private final Map<Integer, Float> widths = new HashMap<>();

    private ReportFont(Path file, TrueTypeFont font, Closeable owner) throws IOException {
        this.file = file;
        this.font = font;
        this.owner = owner;
        this.cmap = font.getUnicodeCmapLookup(false);
        this.unitsPerEm = font.getUnitsPerEm();
        this.ascent = font.getHorizontalHeader().getAscender() / unitsPerEm;
        String name = font.getNaming() == null ? null : font.getNaming().getFontFamily();
        this.family = name == null ? font.getName() : name;
    }

    /**
     * The font named in settings when there is one (it must be usable: the clerk chose it), else
     * the first usable Chinese font on this computer.
     */
    public static ReportFont find(Path named) {
        if (named != null) {
            return open(named);
        }
        for (Path candidate : candidates()) {
            try {
                return open(candidate);
            } catch (LedgerException unusable) {
                // try the next one
            }
        }
        throw new LedgerException("pdf.noFont");
    }

    /** Opens one font file (.ttf, or the first usable face of a .ttc) or says why it cannot be used. */
    public static ReportFont open(Path file) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new LedgerException("pdf.fontMissing", file);
        }
        try {
            if (isCff(file)) {
                throw new LedgerException("pdf.fontCff", name);
            }
            if (name.toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
                List<TrueTypeFont> faces = new ArrayList<>();
                collection.processAllFonts(faces::add);
                for (TrueTypeFont face : faces) {
                    if (usable(face)) {
                        return new ReportFont(file, face, collection);
                    }
                }
                collection.close();
                throw new LedgerException(cffOnly(faces) ? "pdf.fontCff" : "pdf.fontNoChinese", name);
            }
            TrueTypeFont face = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
            if (!usable(face)) {
                boolean cff = cffOnly(List.of(face));
                face.close();
                throw new LedgerException(cff ? "pdf.fontCff" : "pdf.fontNoChinese", name);
            }
            return new ReportFont(file, face, face);
        } catch (IOException | RuntimeException e) {
            if (e instanceof LedgerException le) {
                throw le;
            }
            throw new LedgerException(e, "pdf.fontUnreadable", name, String.valueOf(e.getMessage()));
        }
    }

    /** OpenType fonts with PostScript outlines begin with "OTTO". */
    private static boolean isCff(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] tag = in.readNBytes(4);
            return tag.length == 4 && tag[0] == 'O' && tag[1] == 'T' && tag[2] == 'T' && tag[3] == 'O';
        }
    }

    private static boolean cffOnly(List<TrueTypeFont> faces) {
        return !faces.isEmpty() && faces.stream().allMatch(f -> f instanceof OpenTypeFont o && o.isPostScript());
    }

    private static boolean usable(TrueTypeFont face) throws IOException {
        if (face instanceof OpenTypeFont o && o.isPostScript() || !face.getTableMap().containsKey("glyf")) {
            return false;
        }
        CmapLookup lookup = face.getUnicodeCmapLookup(false);
        return lookup != null && PROBE.codePoints().allMatch(cp -> lookup.getGlyphId(cp) > 0);
    }

    /** The well-known fonts that exist here, then Chinese-looking fonts in the system and user font folders. */
    static List<Path> candidates() {
        List<Path> out = new ArrayList<>();
        for (String known : WELL_KNOWN) {
            Path p = Path.of(known);
            if (Files.isRegularFile(p)) {
                out.add(p);
            }
        }
        String home = System.getProperty("user.home", "");
        String windir = System.getenv().getOrDefault("WINDIR", "C:/Windows");
        for (Path dir : List.of(Path.of(windir, "Fonts"), Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"),
                Path.of(home, ".fonts"), Path.of(home, ".local/share/fonts"), Path.of("/Library/Fonts"),
                Path.of(home, "AppData/Local/Microsoft/Windows/Fonts"))) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir, 4)) {
                files.filter(ReportFont::looksChinese).filter(p -> !out.contains(p)).sorted().forEach(out::add);
            } catch (IOException | RuntimeException e) {
                // a folder we may not read: the others still count
            }
        }
        return out;
    }

    private static boolean looksChinese(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return (name.endsWith(".ttf") || name.endsWith(".ttc")) && CHINESE_NAMES.stream().anyMatch(name::contains);
    }

    public Path file() {
        return file;
    }

    /** The family name, for screens that draw the same pages (print preview). */
    public String family() {
        return family;
    }

    TrueTypeFont trueType() {
        return font;
    }

    /** Top of the text box to baseline, as a share of the size. */
    public float ascent() {
        return ascent;
    }

    public boolean has(int codePoint) {
        return cmap.getGlyphId(codePoint) > 0;
    }

    /** The text with every character the font lacks shown as "?", so nothing prints as an empty box. */
    public String printable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            boolean keep = has(cp);
            if (!keep && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                if (keep) {
                    out.appendCodePoint(cp);
                } else {
                    out.append(Character.isWhitespace(cp) ? ' ' : '?');
                }
            }
            i += n;
        }
        return out == null ? text : out.toString();
    }

    @Override
    public float width(String text, float size) {
        float units = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            units += widths.computeIfAbsent(cp, this::advance);
            i += Character.charCount(cp);
        }
        return units * size / unitsPerEm;
    }

    private float advance(int cp) {
        int gid = cmap.getGlyphId(cp);
        if (gid <= 0) {
            gid = cmap.getGlyphId(Character.isWhitespace(cp) ? ' ' : '?');
        }
        try {
            return font.getAdvanceWidth(Math.max(gid, 0));
        } catch (IOException e) {
            return unitsPerEm;
        }
    }

    @Override
    public void close() {
        try {
            owner.close();
        } catch (IOException e) {
            // the font was only read: nothing is lost
        }
    }
}
