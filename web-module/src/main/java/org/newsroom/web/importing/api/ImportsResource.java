package org.newsroom.web.importing.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.newsroom.news.importing.ImportRequest;
import org.newsroom.news.importing.ImportRun;
import org.newsroom.news.importing.ReportLine;
import org.newsroom.news.importing.WordPressImports;
import org.newsroom.web.rest.JsonInput;
import org.newsroom.web.rest.JsonResponses;
import org.newsroom.web.rest.WhenDenied;

/**
 * The WordPress import for scripts (admins only, under /api/newsroom/admin): start from a file on the
 * server or an upload, watch, cancel, resume, read the report (JSON or CSV). Runs go on in the
 * background; a start answers 202 with the run, whose address is polled.
 */
@Path("newsroom/admin/imports")
@WhenDenied("Only admins import.")
@Produces(MediaType.APPLICATION_JSON)
public class ImportsResource {

    private static final int REPORT_PAGE = 1000;

    @Inject
    private WordPressImports imports;

    @GET
    public Response recent() {
        JsonArrayBuilder runs = Json.createArrayBuilder();
        imports.recent().forEach(run -> runs.add(ImportJson.run(run)));
        return Response.ok(Json.createObjectBuilder().add("imports", runs).build().toString()).build();
    }

    /** Body: {"sourceFile", "uploadsDirectory", "uploadsUrl", "siteTimeZone", "dryRun"}; all but sourceFile optional. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(JsonObject body) {
        JsonObject request = JsonInput.object(body);
        return started(imports.start(new ImportRequest(JsonInput.string(request, "sourceFile"), null,
                JsonInput.string(request, "uploadsDirectory"), JsonInput.string(request, "uploadsUrl"),
                JsonInput.string(request, "siteTimeZone"), request.getBoolean("dryRun", false))));
    }

    /** The body is the export itself; the options are query parameters. */
    @POST
    @Path("upload")
    @Consumes(MediaType.WILDCARD)
    public Response upload(InputStream export, @HeaderParam("X-File-Name") String fileName,
                           @QueryParam("uploadsDirectory") String uploadsDirectory, @QueryParam("uploadsUrl") String uploadsUrl,
                           @QueryParam("siteTimeZone") String siteTimeZone, @QueryParam("dryRun") boolean dryRun) {
        java.nio.file.Path stored = imports.storeUpload(export);
        return started(imports.start(new ImportRequest(stored.toString(), fileName, uploadsDirectory, uploadsUrl,
                siteTimeZone, dryRun)));
    }

    @GET
    @Path("{id}")
    public Response one(@PathParam("id") long id) {
        return imports.find(id).map(run -> Response.ok(ImportJson.run(run).build().toString()).build())
                .orElseGet(() -> JsonResponses.error(Response.Status.NOT_FOUND, "id", "There is no import " + id + "."));
    }

    @POST
    @Path("{id}/cancel")
    public Response cancel(@PathParam("id") long id) {
        return Response.ok(ImportJson.run(imports.cancel(id)).build().toString()).build();
    }

    @POST
    @Path("{id}/resume")
    public Response resume(@PathParam("id") long id, @QueryParam("siteTimeZone") String siteTimeZone) {
        return started(imports.resume(id, siteTimeZone));
    }

    @GET
    @Path("{id}/report")
    public Response report(@PathParam("id") long id, @QueryParam("first") int first, @QueryParam("max") Integer max) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        imports.report(id, first, max == null ? 200 : max).forEach(line -> lines.add(ImportJson.line(line)));
        return Response.ok(Json.createObjectBuilder().add("lines", lines).build().toString()).build();
    }

    /** Every line of the report, as a spreadsheet opens it (UTF-8 with a byte order mark, RFC 4180 quoting). */
    @GET
    @Path("{id}/report.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("id") long id) {
        if (imports.find(id).isEmpty()) {
            return JsonResponses.error(Response.Status.NOT_FOUND, "id", "There is no import " + id + ".");
        }
        StreamingOutput body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            writer.write(ReportCsv.HEADER);
            for (int first = 0; ; first += REPORT_PAGE) {
                List<ReportLine> page = imports.report(id, first, REPORT_PAGE);
                for (ReportLine line : page) {
                    writer.write(ReportCsv.row(line));
                }
                if (page.size() < REPORT_PAGE) {
                    break;
                }
            }
            writer.flush();
        };
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"import-" + id + "-report.csv\"").build();
    }

    private static Response started(ImportRun run) {
        return Response.status(Response.Status.ACCEPTED).entity(ImportJson.run(run).build().toString())
                .header("Location", "api/newsroom/admin/imports/" + run.getId()).build();
    }
}
