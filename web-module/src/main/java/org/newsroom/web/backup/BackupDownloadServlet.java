package org.newsroom.web.backup;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** /newsroom/admin/backups/{name}: a backup for an admin to keep elsewhere (web.xml lets admins only in). */
@WebServlet("/newsroom/admin/backups/*")
public class BackupDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient Backups backups;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Optional<Path> zip = backups.find(name);
        if (zip.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLengthLong(Files.size(zip.get()));
        Files.copy(zip.get(), response.getOutputStream());
    }
}
