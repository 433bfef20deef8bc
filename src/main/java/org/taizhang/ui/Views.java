package org.taizhang.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.taizhang.core.I18n;

/** Loads the views in fxml/ with the program's words, in scenes of the program's style. */
public final class Views {
    private static final String STYLESHEET = "/fxml/taizhang.css";

    private Views() {
    }

    /**
     * Loads {@code fxml/<view>} and binds it to {@code controllers}: the view's fx:controller and
     * those of the parts it includes (fx:include), each given the one of its type.
     */
    public static Parent load(String view, Object... controllers) {
        URL url = Views.class.getResource("/fxml/" + view);
        if (url == null) {
            throw new IllegalStateException("no view " + view);
        }
        FXMLLoader loader = new FXMLLoader(url, I18n.bundle());
        loader.setControllerFactory(type -> {
            for (Object c : controllers) {
                if (type.isInstance(c)) {
                    return c;
                }
            }
            throw new IllegalStateException(view + " wants a " + type.getName());
        });
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load view " + view, e);
        }
    }

    /** A scene with the program's stylesheet. */
    public static Scene scene(Parent root) {
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Views.class.getResource(STYLESHEET).toExternalForm());
        return scene;
    }

    /** The application icon at the sizes window managers pick from (icons/taizhang-N.png). */
    public static List<Image> appIcons() {
        List<Image> out = new ArrayList<>();
        for (int size : new int[] {16, 24, 32, 48, 64, 128, 256}) {
            URL url = Views.class.getResource("/icons/taizhang-" + size + ".png");
            if (url != null) {
                out.add(new Image(url.toExternalForm()));
            }
        }
        return out;
    }
}
