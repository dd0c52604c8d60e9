package org.newsroom.web.backup;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.newsroom.web.faces.StaffTexts;
import org.newsroom.web.http.OutletTime;

/** /newsroom/admin/backup: take a backup now, and the ones there are, to download. */
@Named
@ViewScoped
public class BackupAdmin implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One backup as the page lists it (a class with getters: Faces' EL reads no record components). */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String name;
        private final String size;
        private final String taken;

        Row(String name, String size, String taken) {
            this.name = name;
            this.size = size;
            this.taken = taken;
        }

        public String getName() {
            return name;
        }

        public String getSize() {
            return size;
        }

        public String getTaken() {
            return taken;
        }
    }

    @Inject
    private Backups backups;

    private List<Row> rows;

    @PostConstruct
    void load() {
        rows = backups.list().stream().map(BackupAdmin::row).toList();
    }

    public void take() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            Path zip = backups.take();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, StaffTexts.text("admin.backup.taken",
                    zip.getFileName().toString(), megabytes(zip), zip.getParent().toString()), null));
        } catch (BackupFailed failed) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, failed.explanation(), null));
        }
        load();
    }

    public List<Row> getRows() {
        return rows;
    }

    public String getFolder() {
        return backups.folder().toString();
    }

    private static Row row(Path zip) {
        try {
            return new Row(zip.getFileName().toString(), megabytes(zip),
                    StaffTexts.current().dateAndTime(LocalDateTime.ofInstant(Files.getLastModifiedTime(zip).toInstant(),
                            ZoneOffset.UTC), OutletTime.zone()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "12.3 MB" / "12,3 МБ". */
    private static String megabytes(Path zip) {
        try {
            return StaffTexts.text("admin.backup.size", Files.size(zip) / 1_048_576.0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
