package app.tandem.base.ui;

import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;
import java.util.function.Supplier;

/**
 * Downloads of clinical files: produced when the user clicks (so the service checks access and
 * audits the download at that moment) and sent with {@code Cache-Control: no-store}.
 */
public final class Downloads {

    private Downloads() {}

    public static DownloadHandler noStore(String fileName, String contentType, Supplier<byte[]> content) {
        return event -> {
            byte[] bytes = content.get();
            event.getResponse().setHeader("Cache-Control", "no-store");
            event.getResponse().setHeader("Pragma", "no-cache");
            event.setFileName(fileName);
            event.setContentType(contentType);
            event.setContentLength(bytes.length);
            try (OutputStream out = event.getOutputStream()) {
                out.write(bytes);
            }
        };
    }
}
