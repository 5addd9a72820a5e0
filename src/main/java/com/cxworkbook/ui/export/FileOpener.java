package com.cxworkbook.ui.export;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Path;

/** Opens a file or folder with the system's default program; faked in tests. */
public interface FileOpener {

    /** @throws IOException or UnsupportedOperationException when this system cannot open it */
    void open(Path path) throws IOException;

    /** Through java.awt.Desktop, which some Linux desktops and headless JVMs do not offer. */
    static FileOpener desktop() {
        return path -> {
            if (GraphicsEnvironment.isHeadless()
                    || !Desktop.isDesktopSupported()
                    || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                throw new UnsupportedOperationException("this system does not let the app open files");
            }
            Desktop.getDesktop().open(path.toFile());
        };
    }
}
