package org.taizhang.app;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws the application icon: the character 台 in white on the red of official documents, over
 * two ruled lines of a ledger. Writes icons/taizhang-N.png (16 to 512), taizhang.ico (Windows)
 * and taizhang.icns (macOS), so the icon is made the same way each time it changes. Needs a CJK
 * font (WenQuanYi Micro Hei). Run:
 * {@code ./mvnw -q test-compile exec:java -Dexec.mainClass=org.taizhang.app.IconMaker}
 */
public final class IconMaker {
    static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256, 512};
    private static final Color TOP = new Color(0xC8, 0x45, 0x3B);
    private static final Color BOTTOM = new Color(0x9E, 0x2A, 0x24);

    private IconMaker() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "icons");
        Font font = cjkFont();
        Map<Integer, byte[]> pngs = new LinkedHashMap<>();
        for (int size : SIZES) {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(draw(size, font), "png", png);
            pngs.put(size, png.toByteArray());
            Files.write(dir.resolve("taizhang-" + size + ".png"), png.toByteArray());
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve("taizhang.ico"))) {
            ico(out, pngs, List.of(16, 24, 32, 48, 64, 128, 256));
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve("taizhang.icns"))) {
            icns(out, pngs);
        }
        System.out.println("icons written to " + dir.toAbsolutePath());
    }

    private static Font cjkFont() throws Exception {
        for (String path : List.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "C:/Windows/Fonts/msyh.ttc")) {
            File f = new File(path);
            if (f.exists()) {
                return Font.createFonts(f)[0];
            }
        }
        throw new IllegalStateException("no CJK font: apt-get install fonts-wqy-microhei");
    }

    static BufferedImage draw(int size, Font font) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        double s = size;
        double inset = size <= 24 ? 0 : s * 0.04; // small icons use every pixel
        double side = s - 2 * inset;
        g.setPaint(new GradientPaint(0, (float) inset, TOP, 0, (float) (inset + side), BOTTOM));
        g.fill(new RoundRectangle2D.Double(inset, inset, side, side, side * 0.42, side * 0.42));

        // the character, as an outline so it sits exactly where it is measured
        boolean small = size < 32;
        double glyphSize = side * (small ? 0.78 : 0.60);
        GlyphVector gv = font.deriveFont((float) glyphSize).createGlyphVector(
                new FontRenderContext(null, true, true), "台");
        Rectangle2D box = gv.getVisualBounds();
        double centreY = small ? s * 0.5 : inset + side * 0.40;
        Shape glyph = gv.getOutline((float) (s / 2 - box.getCenterX()), (float) (centreY - box.getCenterY()));
        g.setColor(Color.WHITE);
        g.fill(glyph);
        if (!small) {
            g.setStroke(new BasicStroke((float) (side * 0.018), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(glyph); // a little weight: the face has no bold
            // two ruled lines of a ledger page under it
            g.setStroke(new BasicStroke((float) Math.max(1.5, side * 0.045), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(new Color(255, 255, 255, 235));
            double left = inset + side * 0.24;
            double right = inset + side * 0.76;
            g.draw(new Line2D.Double(left, inset + side * 0.755, right, inset + side * 0.755));
            g.setColor(new Color(255, 255, 255, 170));
            g.draw(new Line2D.Double(left, inset + side * 0.855, inset + side * 0.60, inset + side * 0.855));
        }
        g.dispose();
        return img;
    }

    /** A Windows icon holding PNG images (understood since Windows Vista). */
    static void ico(OutputStream out, Map<Integer, byte[]> pngs, List<Integer> sizes) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(6 + 16 * sizes.size()).order(ByteOrder.LITTLE_ENDIAN);
        header.putShort((short) 0).putShort((short) 1).putShort((short) sizes.size());
        int offset = header.capacity();
        List<byte[]> images = new ArrayList<>();
        for (int size : sizes) {
            byte[] png = pngs.get(size);
            header.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size)) // 0 means 256
                    .put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32)
                    .putInt(png.length).putInt(offset);
            offset += png.length;
            images.add(png);
        }
        out.write(header.array());
        for (byte[] png : images) {
            out.write(png);
        }
    }

    /** A macOS icon: PNG images under their type codes, big-endian lengths. */
    static void icns(OutputStream out, Map<Integer, byte[]> pngs) throws IOException {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("icp4", 16);
        types.put("icp5", 32);
        types.put("icp6", 64);
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic09", 512);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(body);
        for (Map.Entry<String, Integer> t : types.entrySet()) {
            byte[] png = pngs.get(t.getValue());
            d.writeBytes(t.getKey());
            d.writeInt(8 + png.length);
            d.write(png);
        }
        DataOutputStream o = new DataOutputStream(out);
        o.writeBytes("icns");
        o.writeInt(8 + body.size());
        body.writeTo(o);
        o.flush();
    }
}
